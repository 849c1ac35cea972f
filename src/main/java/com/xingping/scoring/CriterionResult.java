package com.xingping.scoring;

import java.math.BigDecimal;
import java.util.List;

import com.xingping.rubric.Criterion;

public record CriterionResult(Criterion criterion, List<ElementResult> elements) {

    public CriterionResult {
        elements = List.copyOf(elements);
    }

    /** Σ its element values (falsification penalties included). */
    public BigDecimal value() {
        BigDecimal sum = BigDecimal.ZERO;
        for (ElementResult element : elements) {
            sum = sum.add(element.value());
        }
        return sum;
    }
}
