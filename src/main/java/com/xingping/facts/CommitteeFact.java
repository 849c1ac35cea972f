package com.xingping.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import com.xingping.kernel.Refusal;

/**
 * One fact the committee keeps about a unit's year, with its date, document reference and reason.
 * What {@code subject}, {@code item}, {@code amount}, {@code times}, {@code flag} and {@code project}
 * hold depends on the {@link FactKind} (see {@code V2__committee_facts.sql}). A wrongly entered fact
 * is withdrawn, never deleted; a withdrawn fact can no longer change.
 */
@Table("committee_fact")
public record CommitteeFact(@Id Long id, Long yearId, Long unitId, FactKind kind, String subject, String item,
                            BigDecimal amount, Integer times, Boolean flag, String project, LocalDate factDate,
                            String reference, String reason, FactState state, String withdrawalReason,
                            String enteredBy, Instant enteredAt, String changedBy, Instant changedAt,
                            String withdrawnBy, Instant withdrawnAt, @Version Integer version) {

    static CommitteeFact enter(Long yearId, Long unitId, FactKind kind, FactContent content, String by, Instant at) {
        return new CommitteeFact(null, yearId, unitId, kind, content.subject(), content.item(), content.amount(),
                content.times(), content.flag(), content.project(), content.date(), content.reference(),
                content.reason(), FactState.ACTIVE, null, by, at, null, null, null, null, null);
    }

    public boolean active() {
        return state == FactState.ACTIVE;
    }

    /** The same fact saying {@code content} now; {@code expectedVersion} is the one the editor read. */
    CommitteeFact edit(FactContent content, String by, Instant at, Integer expectedVersion) {
        requireActive();
        return new CommitteeFact(id, yearId, unitId, kind, content.subject(), content.item(), content.amount(),
                content.times(), content.flag(), content.project(), content.date(), content.reference(),
                content.reason(), state, null, enteredBy, enteredAt, by, at, null, null, expectedVersion);
    }

    CommitteeFact withdraw(String why, String by, Instant at, Integer expectedVersion) {
        requireActive();
        return new CommitteeFact(id, yearId, unitId, kind, subject, item, amount, times, flag, project, factDate,
                reference, reason, FactState.WITHDRAWN, why, enteredBy, enteredAt, changedBy, changedAt, by, at,
                expectedVersion);
    }

    /** True when {@code content} would change nothing. */
    boolean says(FactContent content) {
        boolean sameAmount = amount == null ? content.amount() == null
                : content.amount() != null && amount.compareTo(content.amount()) == 0;
        return sameAmount && content.equals(new FactContent(subject, item, content.amount(), times, flag, project,
                factDate, reference, reason));
    }

    private void requireActive() {
        if (!active()) {
            throw new Refusal("state", "该记录已撤销，不能再修改；如需要请重新录入");
        }
    }
}
