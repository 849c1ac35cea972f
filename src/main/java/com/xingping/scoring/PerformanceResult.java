package com.xingping.scoring;

import java.math.BigDecimal;

/**
 * 业绩优 for one unit. For a unit rated in 行风评议, {@code conductMean} is the mean over the rated
 * units (rounded to 0.01 for display; the comparison is exact) and {@code vetoCutoff} the highest
 * score still among the bottom ranks; a unit not rated has both null and is never vetoed.
 */
public record PerformanceResult(
        boolean targetWinner,
        boolean leadershipSound,
        boolean conductPassed,
        BigDecimal conductScore,
        BigDecimal conductMean,
        boolean conductImproved,
        BigDecimal vetoCutoff,
        boolean vetoed) {

    public boolean excellent() {
        return targetWinner && leadershipSound && conductPassed && !vetoed;
    }
}
