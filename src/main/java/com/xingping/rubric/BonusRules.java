package com.xingping.rubric;

import java.math.BigDecimal;
import java.util.Map;

public record BonusRules(BigDecimal cap, LevelBonus commendation, LevelBonus innovationAward, PilotBonus pilot,
                         String inspectionId, String inspectionText, Map<String, BigDecimal> inspectionLevels) {
    public BonusRules {
        inspectionLevels = Map.copyOf(inspectionLevels);
    }
}
