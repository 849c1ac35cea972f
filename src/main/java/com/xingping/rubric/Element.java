package com.xingping.rubric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One scoring point of the rubric. Fields that a kind does not use are null ({@code each} is
 * COUNT's, {@code threshold} THRESHOLD's) or empty ({@code levels} is TIER's, {@code parts} a COUNT's
 * whose occurrences are of several kinds, each capped on its own).
 */
public record Element(
        String id,
        String name,
        ElementKind kind,
        BigDecimal max,
        BigDecimal each,
        BigDecimal threshold,
        List<TierLevel> levels,
        List<Part> parts,
        List<Penalty> penalties,
        String source,
        String criterionId,
        String starId) {

    public Element {
        levels = List.copyOf(levels);
        parts = List.copyOf(parts);
        penalties = List.copyOf(penalties);
    }

    public Optional<Penalty> penalty(String penaltyId) {
        return penalties.stream().filter(p -> p.id().equals(penaltyId)).findFirst();
    }

    public boolean hasParts() {
        return !parts.isEmpty();
    }

    public Optional<Part> part(String partId) {
        return parts.stream().filter(p -> p.id().equals(partId)).findFirst();
    }

    /** The dated part an occurrence on {@code date} belongs to, if this element's parts are half-years. */
    public Optional<Part> partOn(LocalDate date, LocalDate secondHalfStart) {
        Part.Half half = date.isBefore(secondHalfStart) ? Part.Half.FIRST : Part.Half.SECOND;
        return parts.stream().filter(p -> p.half() == half).findFirst();
    }

    public Optional<TierLevel> level(String levelId) {
        return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }
}
