package com.xingping.scorecard;

import java.math.BigDecimal;

/** Points as the API and pages give them: exact, without trailing zeros or exponent (4.80 → 4.8, 100 stays 100). */
final class Exact {
    private Exact() {
    }

    static BigDecimal of(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
