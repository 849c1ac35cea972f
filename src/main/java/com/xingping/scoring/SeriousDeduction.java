package com.xingping.scoring;

import java.math.BigDecimal;

/** A deduction from the total for a member's serious violation (参照市纪委有关扣分规定执行). */
public record SeriousDeduction(BigDecimal points, String reason) {
}
