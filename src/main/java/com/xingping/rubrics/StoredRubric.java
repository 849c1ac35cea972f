package com.xingping.rubrics;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A rubric's exact YAML text and its SHA-256; a draft until issued, then frozen with its version under its rubric id. */
@Table("stored_rubric")
record StoredRubric(@Id Long id, String rubricId, Integer rubricVersion, String sha256, String yamlText, State state,
                    Long draftedFrom, String storedBy, Instant storedAt, String issuedBy, Instant issuedAt,
                    @Version Integer version) {

    enum State {
        DRAFT, ISSUED
    }

    static StoredRubric draft(String rubricId, String text, Long draftedFrom, String by, Instant at) {
        return new StoredRubric(null, rubricId, null, Sha256.of(text), text, State.DRAFT, draftedFrom, by, at, null, null, null);
    }

    public boolean isDraft() {
        return state == State.DRAFT;
    }

    StoredRubric edited(String newRubricId, String text) {
        return new StoredRubric(id, newRubricId, null, Sha256.of(text), text, state, draftedFrom, storedBy, storedAt, null, null, version);
    }

    StoredRubric issued(int number, String by, Instant at) {
        return new StoredRubric(id, rubricId, number, sha256, yamlText, State.ISSUED, draftedFrom, storedBy, storedAt, by, at, version);
    }

    /** What the audit log keeps of it: everything but the text, which its hash names. */
    Summary summary() {
        return new Summary(id, rubricId, rubricVersion, sha256, state, draftedFrom, yamlText.length());
    }

    record Summary(Long id, String rubricId, Integer rubricVersion, String sha256, State state, Long draftedFrom, int characters) {
    }
}
