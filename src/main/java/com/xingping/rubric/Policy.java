package com.xingping.rubric;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;

/**
 * The settings where the notice is silent and the committee decided a reading.
 *
 * @param falsificationMultiplier the factor of 加倍倒扣: a false record earns nothing and this many times
 *                                its claimed points are deducted
 * @param conductVetoTiesPass     units sharing a 行风评议 place across the 末三位 cut-off all pass (else all fail)
 * @param halfYearSplit           the first day of the second half-year of the window
 */
public record Policy(
        BigDecimal starThreshold,
        boolean baselineWithholdsStar,
        boolean falsificationWithholdsStar,
        BigDecimal falsificationMultiplier,
        List<BigDecimal> baselinePoints,
        BaselineDeduction baselineDeduction,
        PartyExcellentRule partyExcellent,
        BigDecimal ordinaryHours,
        BigDecimal leadershipHours,
        int conductVetoBottom,
        boolean conductVetoTiesPass,
        MonthDay halfYearSplit) {

    public Policy {
        baselinePoints = List.copyOf(baselinePoints);
    }

    public boolean allowsBaselinePoints(BigDecimal points) {
        return baselinePoints.stream().anyMatch(p -> p.compareTo(points) == 0);
    }
}
