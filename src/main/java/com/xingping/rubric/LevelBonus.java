package com.xingping.rubric;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A 加分 rule that grants points by the level of a dated award (bonus-1, bonus-2). When one
 * project is awarded several times, {@code sameProjectHighest} keeps only its best award.
 * {@code exchangeFactor} scales awards in the form "会议交流或刊物发表" (1 where the rule has none).
 * {@code levelNames} and {@code formNames} are the notice's words for the codes ("省委", "会议交流或刊物发表");
 * empty in a rubric text written before they were added.
 */
public record LevelBonus(String id, String text, Map<String, BigDecimal> levels, boolean sameProjectHighest,
                         BigDecimal exchangeFactor, Map<String, String> levelNames, Map<String, String> formNames) {
    public LevelBonus {
        levels = Map.copyOf(levels);
        levelNames = Map.copyOf(levelNames);
        formNames = Map.copyOf(formNames);
    }

    /** The level's name, or its code where the rubric names none. */
    public String levelName(String level) {
        return levelNames.getOrDefault(level, level);
    }

    /** The form's name ({@code exchange}: "会议交流或刊物发表", {@code commendation}: "发文表彰"), or its code. */
    public String formName(boolean exchange) {
        String form = exchange ? "exchange" : "commendation";
        return formNames.getOrDefault(form, form);
    }
}
