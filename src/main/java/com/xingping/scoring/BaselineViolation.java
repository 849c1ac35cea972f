package com.xingping.scoring;

import java.math.BigDecimal;

/** A violated 底线标准, deducting {@code points} (1 or 2 by default) from its star. */
public record BaselineViolation(String baselineId, BigDecimal points) {
}
