package com.xingping.reporting;

import java.time.Instant;

import org.springframework.stereotype.Component;

/** Counts of a year's records for home pages and reminders (no records, only numbers). */
@Component
public class RecordCounts {
    private final Records records;

    RecordCounts(Records records) {
        this.records = records;
    }

    /** A unit's records by state: what its reporter has to do next. */
    public record OfUnit(long drafts, long waiting, long returned) {
    }

    /** The year's review backlog: waiting, waiting since before a cutoff, and the week's traffic. */
    public record Backlog(long waiting, long waitingLong, long submittedSince, long decidedSince) {
    }

    public OfUnit ofUnit(Long yearId, Long unitId) {
        return new OfUnit(records.countByUnitIdAndYearIdAndState(unitId, yearId, RecordState.DRAFT),
                records.countByUnitIdAndYearIdAndState(unitId, yearId, RecordState.SUBMITTED),
                records.countByUnitIdAndYearIdAndState(unitId, yearId, RecordState.RETURNED));
    }

    /** @param waitingBefore records submitted before it count as waiting long; @param since start of the week's traffic */
    public Backlog backlog(Long yearId, Instant waitingBefore, Instant since) {
        return new Backlog(records.countByYearIdAndState(yearId, RecordState.SUBMITTED),
                records.countByYearIdAndStateAndSubmittedAtBefore(yearId, RecordState.SUBMITTED, waitingBefore),
                records.countByYearIdAndSubmittedAtAfter(yearId, since), records.countByYearIdAndReviewedAtAfter(yearId, since));
    }
}
