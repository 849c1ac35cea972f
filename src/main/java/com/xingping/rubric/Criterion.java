package com.xingping.rubric;

import java.math.BigDecimal;
import java.util.List;

public record Criterion(String id, String name, BigDecimal points, List<Element> elements) {
    public Criterion {
        elements = List.copyOf(elements);
    }
}
