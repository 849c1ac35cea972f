package com.xingping.year;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A year's deadlines: reporting closes, review closes, the December assessment. A year whose admin
 * has not set them has {@link #defaults}: reporting closes with the window, review ten days later,
 * the assessment five days after that.
 */
@Table("year_dates")
public record YearDates(@Id Long yearId, LocalDate reportingCloses, LocalDate reviewCloses, LocalDate assessmentOn,
                        @Version Integer version) {

    static YearDates defaults(AssessmentYear year) {
        return new YearDates(year.id(), year.windowEnd(), year.windowEnd().plusDays(10), year.windowEnd().plusDays(15), null);
    }

    /** One deadline and the days left to it from {@code today} (0 on the day, negative once passed). */
    public record Deadline(String key, LocalDate date, long daysLeft) {
        public boolean passed() {
            return daysLeft < 0;
        }
    }

    /** The deadlines in order, each with the days left; the keys are message keys ({@code year.dates.<key>}). */
    public List<Deadline> deadlines(LocalDate today) {
        return List.of(new Deadline("reportingCloses", reportingCloses, ChronoUnit.DAYS.between(today, reportingCloses)),
                new Deadline("reviewCloses", reviewCloses, ChronoUnit.DAYS.between(today, reviewCloses)),
                new Deadline("assessmentOn", assessmentOn, ChronoUnit.DAYS.between(today, assessmentOn)));
    }
}
