package com.xingping.rubric;

import java.math.BigDecimal;

public record TierLevel(String id, String name, BigDecimal points) {
}
