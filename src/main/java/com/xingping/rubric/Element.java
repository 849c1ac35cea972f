package com.xingping.rubric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One scoring point of the rubric. Fields that a kind does not use are null ({@code each} is
 * COUNT's, {@code threshold} THRESHOLD's) or empty ({@code levels} is TIER's).
 */
public record Element(
        String id,
        String name,
        ElementKind kind,
        BigDecimal max,
        BigDecimal each,
        BigDecimal threshold,
        List<TierLevel> levels,
        List<Penalty> penalties,
        String source,
        String criterionId,
        String starId) {

    public Element {
        levels = List.copyOf(levels);
        penalties = List.copyOf(penalties);
    }

    public Optional<Penalty> penalty(String penaltyId) {
        return penalties.stream().filter(p -> p.id().equals(penaltyId)).findFirst();
    }

    public Optional<TierLevel> level(String levelId) {
        return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }
}
