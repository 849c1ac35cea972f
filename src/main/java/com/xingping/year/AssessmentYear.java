package com.xingping.year;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import com.xingping.rubric.Rubric;

/**
 * One assessment year on one rubric; its window (e.g. 2017-12-16 … 2018-12-15) comes from the rubric.
 * {@code storedRubricId} is the exact issued rubric (id, version, hash) the year is scored by; null only
 * for a year seeded on a bundled file until it is linked (at once on seeding, or at start-up).
 */
@Table("assessment_year")
public record AssessmentYear(@Id Long id, @Column("calendar_year") int year, String rubricId, LocalDate windowStart, LocalDate windowEnd,
                             YearStatus status, Instant openedAt, Instant closedAt, Long storedRubricId, @Version Integer version) {

    public static AssessmentYear open(Rubric rubric, Instant now) {
        return new AssessmentYear(null, rubric.year(), rubric.id(), rubric.window().start(rubric.year()),
                rubric.window().end(rubric.year()), YearStatus.OPEN, now, null, null, null);
    }

    static AssessmentYear open(Rubric rubric, Long storedRubricId, Instant now) {
        return new AssessmentYear(null, rubric.year(), rubric.id(), rubric.window().start(rubric.year()),
                rubric.window().end(rubric.year()), YearStatus.OPEN, now, null, storedRubricId, null);
    }

    public boolean isOpen() {
        return status == YearStatus.OPEN;
    }

    public boolean inWindow(LocalDate date) {
        return !date.isBefore(windowStart) && !date.isAfter(windowEnd);
    }

    AssessmentYear storedAs(Long stored) {
        return new AssessmentYear(id, year, rubricId, windowStart, windowEnd, status, openedAt, closedAt, stored, version);
    }

    public AssessmentYear close(Instant now) {
        if (!isOpen()) {
            throw new IllegalStateException(year + " 年度已关闭");
        }
        return new AssessmentYear(id, year, rubricId, windowStart, windowEnd, YearStatus.CLOSED, openedAt, now, storedRubricId, version);
    }
}
