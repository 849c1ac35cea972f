package com.xingping.scoring;

import java.math.BigDecimal;

/**
 * The committee's facts for 业绩优. {@code conductScore} is null for a unit not rated in 行风评议;
 * then {@code conductAccepted} is the committee's judgement of performance-3.
 */
public record PerformanceFacts(boolean targetWinner, boolean leadershipSound, BigDecimal conductScore,
                               boolean conductImproved, boolean conductAccepted) {

    public static final PerformanceFacts NONE = new PerformanceFacts(false, false, null, false, false);

    public boolean rated() {
        return conductScore != null;
    }
}
