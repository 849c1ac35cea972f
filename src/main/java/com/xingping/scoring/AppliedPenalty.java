package com.xingping.scoring;

import java.math.BigDecimal;

import com.xingping.rubric.Penalty;

/** A penalty as applied to one unit: {@code times} events of {@code penalty}, {@code points} in all. */
public record AppliedPenalty(Penalty penalty, int times, BigDecimal points) {
}
