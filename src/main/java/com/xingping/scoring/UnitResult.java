package com.xingping.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One unit's scorecard for the year. {@code total} = partyScore + bonus − seriousDeductions;
 * {@code rank} is 1-based, equal keys sharing a rank.
 */
public record UnitResult(
        String id,
        String name,
        List<StarResult> stars,
        int starCount,
        BigDecimal partyScore,
        BonusResult bonus,
        List<SeriousDeduction> seriousDeductions,
        BigDecimal seriousDeductionPoints,
        BigDecimal total,
        boolean partyExcellent,
        PerformanceResult performance,
        boolean doubleExcellent,
        Advanced advanced,
        int rank) {

    public UnitResult {
        stars = List.copyOf(stars);
        seriousDeductions = List.copyOf(seriousDeductions);
    }

    public boolean performanceExcellent() {
        return performance.excellent();
    }

    public Optional<StarResult> star(String starId) {
        return stars.stream().filter(s -> s.star().id().equals(starId)).findFirst();
    }

    public Optional<ElementResult> element(String elementId) {
        for (StarResult star : stars) {
            for (CriterionResult criterion : star.criteria()) {
                for (ElementResult element : criterion.elements()) {
                    if (element.element().id().equals(elementId)) {
                        return Optional.of(element);
                    }
                }
            }
        }
        return Optional.empty();
    }

    UnitResult withRank(int newRank) {
        return new UnitResult(id, name, stars, starCount, partyScore, bonus, seriousDeductions, seriousDeductionPoints,
                total, partyExcellent, performance, doubleExcellent, advanced, newRank);
    }
}
