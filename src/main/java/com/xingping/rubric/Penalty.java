package com.xingping.rubric;

import java.math.BigDecimal;

/** A counted event that subtracts {@code points} from its element each time it happens. */
public record Penalty(String id, String name, BigDecimal points) {
}
