package com.xingping.rubric;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A 加分 rule that grants points by the level of a dated award (bonus-1, bonus-2). When one
 * project is awarded several times, {@code sameProjectHighest} keeps only its best award.
 * {@code exchangeFactor} scales awards in the form "会议交流或刊物发表" (1 where the rule has none).
 */
public record LevelBonus(String id, String text, Map<String, BigDecimal> levels, boolean sameProjectHighest,
                         BigDecimal exchangeFactor) {
    public LevelBonus {
        levels = Map.copyOf(levels);
    }
}
