package com.xingping.scoring;

import java.math.BigDecimal;

/**
 * What a false record claimed for a single-fact element (CHECK, TIER, THRESHOLD, ASSESS), apart from
 * the element's true fact: done (both null), a level, or a measured rate or score. Its nominal
 * points are deducted × the falsification multiplier (备注5, 加倍倒扣).
 */
public record FalseClaim(String level, BigDecimal measure) {

    static final FalseClaim DONE = new FalseClaim(null, null);

    public static FalseClaim checked() {
        return DONE;
    }

    public static FalseClaim level(String level) {
        return new FalseClaim(level, null);
    }

    public static FalseClaim measured(BigDecimal measure) {
        return new FalseClaim(null, measure);
    }
}
