package com.xingping.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Exact points as pages, charts and exports show them: no trailing zeros, no exponent (4.80 → 4.8, 100 stays 100). */
final class Numbers {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Numbers() {
    }

    static BigDecimal exact(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The middle value, or the exact mean of the two middle values; 0 for none. */
    static BigDecimal median(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            return BigDecimal.ZERO;
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(BigDecimal::compareTo);
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(TWO);
        return exact(median);
    }

    /** The mean to two decimals (half up), as an export's average row shows it; 0 for none. */
    static BigDecimal mean(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return exact(sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP));
    }
}
