package com.xingping.results;

import java.time.Instant;

import com.xingping.year.AssessmentYear;

/**
 * One set of a year's results: the draft (computed from the live facts now, {@code version} null)
 * or a published version (its frozen snapshot). Its standings are read from the snapshot's output
 * document once.
 */
record Edition(AssessmentYear year, Integer version, String publishedBy, Instant publishedAt, String note,
               Snapshot snapshot, Standings standings) {

    static final String DRAFT = "draft";

    static Edition draft(AssessmentYear year, Snapshot snapshot) {
        return new Edition(year, null, null, null, null, snapshot, Standings.parse(snapshot.output()));
    }

    static Edition published(AssessmentYear year, Publication publication) {
        Snapshot snapshot = publication.snapshot();
        return new Edition(year, publication.versionNumber(), publication.publishedBy(), publication.publishedAt(),
                publication.note(), snapshot, Standings.parse(snapshot.output()));
    }

    boolean isDraft() {
        return version == null;
    }

    /** How URLs name it: "draft" or the version number. */
    String ref() {
        return isDraft() ? DRAFT : String.valueOf(version);
    }

    String rubricId() {
        return snapshot.rubricId();
    }
}
