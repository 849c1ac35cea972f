package com.xingping.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.xingping.kernel.PageOf;

/**
 * The year's 行风评议 across every active unit, as the engine judges it: the rated units by score
 * (equal scores share the better place), their mean (shown to 0.01, compared exactly) and the last place
 * that escapes the 末三位 veto ({@code lastSafePlace}, null when so few are rated that nobody is vetoed),
 * then the units not rated (the committee's judgement decides performance-3) and those with nothing
 * entered yet. {@code rows} is one page of them; the counts and the cut-off are the whole year's. Under
 * the committee's {@code official} standings the mean is theirs and {@code lastSafePlace} is null.
 */
public record ConductTable(Long yearId, int year, boolean yearOpen, int rated, BigDecimal mean, Integer lastSafePlace,
                           int vetoBottom, PageOf<Row> rows, Official official, List<Rated> ratedUnits) {

    /**
     * The committee's official standings, when entered: they replace the computed mean and cut-off
     * ({@code bottom}: "编码 名称" of each listed unit).
     */
    public record Official(Long id, Integer version, BigDecimal mean, List<String> bottom, LocalDate date,
                           String reference, String reason, String enteredBy) {
    }

    /** A unit with a 行风评议 score this year, as the official standings' form lists it. */
    public record Rated(String code, String name) {
    }

    /**
     * @param rank     among the rated units (null when not rated)
     * @param conduct  the standing 行风评议 fact (null when none is entered)
     * @param passed   performance-3 as the engine judges it (score ≥ mean, or 明显提升, or the committee's judgement)
     */
    public record Row(Long unitId, String code, String name, Integer rank, FactView conduct, boolean improved,
                      boolean passed, boolean vetoed) {
    }
}
