package com.xingping.scoring;

import java.math.BigDecimal;

/**
 * What came off a unit's points, by kind: violated baselines (off their stars, at most down to 0),
 * penalties (off their elements, at most down to 0, 备注4), 弄虚作假 加倍倒扣 (off their elements,
 * unlimited) — these three are inside 党建分 — and serious violations (off the total).
 */
public record Deductions(BigDecimal baseline, BigDecimal penalties, BigDecimal falsification, BigDecimal serious) {

    public static Deductions of(UnitResult unit) {
        BigDecimal baseline = BigDecimal.ZERO;
        BigDecimal penalties = BigDecimal.ZERO;
        BigDecimal falsification = BigDecimal.ZERO;
        for (StarResult star : unit.stars()) {
            baseline = baseline.add(star.baselineDeductionTaken());
            falsification = falsification.add(star.falsificationPenalty());
            for (CriterionResult criterion : star.criteria()) {
                for (ElementResult element : criterion.elements()) {
                    penalties = penalties.add(element.penaltyTaken());
                }
            }
        }
        return new Deductions(baseline, penalties, falsification, unit.seriousDeductionPoints());
    }
}
