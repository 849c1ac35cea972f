package com.xingping.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.xingping.results.ResultTable.Cell;
import com.xingping.results.ResultTable.Row;
import com.xingping.results.ResultTable.StarHead;

/**
 * Units behind the pace. The pace of a star on a day is its threshold (获星线) times the share of
 * the year's window gone by (days elapsed, the day itself included, over the window's days; 0
 * before the window opens, 1 from its last day on, so that after the window "behind" simply means
 * below the threshold). A unit is behind on a star it has not been awarded when its score is below
 * that star's pace, rounded to 0.01.
 */
record Pace(LocalDate today, BigDecimal share, List<Behind> units) {

    Pace {
        units = List.copyOf(units);
    }

    record Lag(String starId, String starName, BigDecimal score, BigDecimal target) {
        public BigDecimal gap() {
            return Numbers.exact(target.subtract(score));
        }
    }

    record Behind(Long unitId, String name, List<Lag> lags) {
        Behind {
            lags = List.copyOf(lags);
        }
    }

    /** The share of the window gone by, as a whole percentage for the page. */
    public int percent() {
        return share.movePointRight(2).setScale(0, RoundingMode.DOWN).intValue();
    }

    static Pace of(ResultTable table, LocalDate windowStart, LocalDate windowEnd, LocalDate today) {
        BigDecimal share = share(windowStart, windowEnd, today);
        List<Behind> behind = new ArrayList<>();
        for (Row row : table.rows()) {
            List<Lag> lags = new ArrayList<>();
            for (int i = 0; i < table.stars().size(); i++) {
                StarHead head = table.stars().get(i);
                Cell cell = row.stars().get(i);
                BigDecimal target = Numbers.exact(head.threshold().multiply(share).setScale(2, RoundingMode.HALF_UP));
                if (!cell.awarded() && cell.score().compareTo(target) < 0) {
                    lags.add(new Lag(head.id(), head.name(), cell.score(), target));
                }
            }
            if (!lags.isEmpty()) {
                behind.add(new Behind(row.unitId(), row.name(), lags));
            }
        }
        behind.sort(Comparator.comparingInt((Behind b) -> -b.lags().size())
                .thenComparing(Behind::name, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Pace(today, share, behind);
    }

    static BigDecimal share(LocalDate windowStart, LocalDate windowEnd, LocalDate today) {
        if (today.isBefore(windowStart)) {
            return BigDecimal.ZERO;
        }
        if (!today.isBefore(windowEnd)) {
            return BigDecimal.ONE;
        }
        long elapsed = ChronoUnit.DAYS.between(windowStart, today) + 1;
        long days = ChronoUnit.DAYS.between(windowStart, windowEnd) + 1;
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(days), 4, RoundingMode.HALF_UP);
    }
}
