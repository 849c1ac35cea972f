package com.xingping.scorecard;

import java.math.BigDecimal;
import java.util.stream.Collectors;

import com.xingping.scoring.StarResult;
import com.xingping.scoring.UnitResult;

/**
 * What a unit's own facts score to, kept beside them in its standing: 党建分, 加分 after the cap, serious
 * deductions, total and the stars awarded (their ids, in the rubric's order). None of it depends on
 * another unit; 业绩优, 双优, 先进 and the rank do, and are computed from the year's standings.
 */
record UnitTotals(BigDecimal partyScore, BigDecimal bonus, BigDecimal seriousDeductions, BigDecimal total, int starCount,
                  String starsAwarded) {

    static UnitTotals of(UnitResult result) {
        return new UnitTotals(result.partyScore(), result.bonus().total(), result.seriousDeductionPoints(), result.total(),
                result.starCount(), result.stars().stream().filter(StarResult::awarded).map(s -> s.star().id())
                .collect(Collectors.joining(",")));
    }
}
