package com.xingping.results;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A unit's reporting activity: its approved records (each once) per month of the year's window,
 * by activity date; records dated outside the window are left out.
 */
record MonthlyActivity(List<String> months, List<Integer> counts) {

    MonthlyActivity {
        months = List.copyOf(months);
        counts = List.copyOf(counts);
    }

    static MonthlyActivity of(Collection<RecordRef> records, LocalDate windowStart, LocalDate windowEnd) {
        List<YearMonth> span = new ArrayList<>();
        for (YearMonth month = YearMonth.from(windowStart); !month.isAfter(YearMonth.from(windowEnd));
             month = month.plusMonths(1)) {
            span.add(month);
        }
        int[] counts = new int[span.size()];
        for (RecordRef record : records) {
            if (record.date() != null && !record.date().isBefore(windowStart) && !record.date().isAfter(windowEnd)) {
                counts[span.indexOf(YearMonth.from(record.date()))]++;
            }
        }
        return new MonthlyActivity(span.stream().map(YearMonth::toString).toList(),
                java.util.Arrays.stream(counts).boxed().toList());
    }

    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
