package com.xingping.scoring;

import java.math.BigDecimal;

/** Exact-decimal helpers shared by the scorers and the document writer. */
public final class Decimals {
    private Decimals() {
    }

    public static BigDecimal clamp(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value.max(min).min(max);
    }

    public static BigDecimal times(int count, BigDecimal each) {
        return BigDecimal.valueOf(count).multiply(each);
    }

    /** The plain shortest form: 4.80 → "4.8", 100 → "100", -0.0 → "0". */
    public static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
