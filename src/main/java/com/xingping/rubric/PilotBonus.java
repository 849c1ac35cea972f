package com.xingping.rubric;

import java.math.BigDecimal;

/** bonus-3: points for being a 党建工作试点单位, more if the pilot succeeded. */
public record PilotBonus(String id, String text, BigDecimal pilot, BigDecimal succeeded) {
}
