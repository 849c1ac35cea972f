package com.xingping.scorecard;

import java.util.Map;

/** The records units filed that await review, counted by unit: shown beside the scores (reporting implements it). */
public interface AwaitingReview {

    Map<Long, Long> byUnit(Long yearId);

    long ofUnit(Long yearId, Long unitId);
}
