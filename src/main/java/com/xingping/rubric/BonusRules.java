package com.xingping.rubric;

import java.math.BigDecimal;
import java.util.Map;

/** 加分: the cap, the rules, and the "一季一督查" levels with their points and names ("优秀"). */
public record BonusRules(BigDecimal cap, LevelBonus commendation, LevelBonus innovationAward, PilotBonus pilot,
                         String inspectionId, String inspectionText, Map<String, BigDecimal> inspectionLevels,
                         Map<String, String> inspectionNames) {
    public BonusRules {
        inspectionLevels = Map.copyOf(inspectionLevels);
        inspectionNames = Map.copyOf(inspectionNames);
    }

    /** The inspection level's name, or its code where the rubric names none. */
    public String inspectionName(String level) {
        return inspectionNames.getOrDefault(level, level);
    }
}
