package com.xingping.scoring;

import java.math.BigDecimal;

/**
 * One 加分 event as judged: the rule it falls under, what it was, the points it is worth and
 * whether they count ({@code note} says why not: outside the window, a higher award of the same
 * project, an unknown level).
 */
public record BonusItem(String ruleId, String description, BigDecimal points, boolean counted, String note) {
}
