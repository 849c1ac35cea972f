package com.xingping.rubric;

import java.time.LocalDate;
import java.time.MonthDay;

/** The dates that count for a year: {@code from} of the previous year through {@code to} of the year. */
public record AssessmentWindow(MonthDay from, MonthDay to) {

    public LocalDate start(int year) {
        return from.atYear(year - 1);
    }

    public LocalDate end(int year) {
        return to.atYear(year);
    }

    public boolean contains(int year, LocalDate date) {
        return !date.isBefore(start(year)) && !date.isAfter(end(year));
    }
}
