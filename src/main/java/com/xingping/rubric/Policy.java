package com.xingping.rubric;

import java.math.BigDecimal;
import java.util.List;

/** The settings where the notice is silent and the committee decided a reading. */
public record Policy(
        BigDecimal starThreshold,
        boolean baselineWithholdsStar,
        boolean falsificationWithholdsStar,
        BigDecimal falsificationMultiplier,
        List<BigDecimal> baselinePoints,
        PartyExcellentRule partyExcellent,
        BigDecimal ordinaryHours,
        BigDecimal leadershipHours,
        int conductVetoBottom) {

    public Policy {
        baselinePoints = List.copyOf(baselinePoints);
    }

    public boolean allowsBaselinePoints(BigDecimal points) {
        return baselinePoints.stream().anyMatch(p -> p.compareTo(points) == 0);
    }
}
