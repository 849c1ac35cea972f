package com.xingping.rubric;

import java.math.BigDecimal;
import java.util.List;

public record Star(String id, String name, BigDecimal points, List<Criterion> criteria, List<Baseline> baselines) {
    public Star {
        criteria = List.copyOf(criteria);
        baselines = List.copyOf(baselines);
    }
}
