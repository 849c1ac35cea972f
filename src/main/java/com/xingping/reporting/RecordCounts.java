package com.xingping.reporting;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Counts of a year's records for home pages and reminders (no records, only numbers). */
@Component
public class RecordCounts {
    private final Records records;
    private final JdbcTemplate jdbc;

    RecordCounts(Records records, JdbcTemplate jdbc) {
        this.records = records;
        this.jdbc = jdbc;
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

    /** Every unit with a draft, waiting or returned record in the year, in one query: for the reminders before a deadline. */
    public Map<Long, OfUnit> openByUnit(Long yearId) {
        Map<Long, OfUnit> open = new HashMap<>();
        jdbc.query("select unit_id, sum(case when state = 'DRAFT' then 1 else 0 end), sum(case when state = 'SUBMITTED' then 1 else 0 end),"
                        + " sum(case when state = 'RETURNED' then 1 else 0 end) from activity_record"
                        + " where year_id = ? and state in ('DRAFT', 'SUBMITTED', 'RETURNED') group by unit_id",
                rs -> {
                    open.put(rs.getLong(1), new OfUnit(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }, yearId);
        return open;
    }

    /** @param waitingBefore records submitted before it count as waiting long; @param since start of the week's traffic */
    public Backlog backlog(Long yearId, Instant waitingBefore, Instant since) {
        return new Backlog(records.countByYearIdAndState(yearId, RecordState.SUBMITTED),
                records.countByYearIdAndStateAndSubmittedAtBefore(yearId, RecordState.SUBMITTED, waitingBefore),
                records.countByYearIdAndSubmittedAtAfter(yearId, since), records.countByYearIdAndReviewedAtAfter(yearId, since));
    }
}
