package com.xingping.scoring;

import java.math.BigDecimal;

/**
 * 业绩优 for one unit. For a unit rated in 行风评议, {@code conductMean} is the mean its score is
 * compared with (the official one, or the computed mean over the rated units rounded to 0.01 for
 * display; that comparison is exact), {@code place} its competition rank among the {@code rated}
 * units (ties share the better place); a unit not rated has these null and is never vetoed.
 * {@code official} says the mean and the vetoed units are the committee's entered standings.
 * {@code targetJudged}: the unit is outside the 目标责任制考核 (or the committee's own), so {@code targetWinner}
 * is the committee's judgement that its work stands level with a 优胜单位 (rubric-2018.md, 业绩优).
 */
public record PerformanceResult(
        boolean targetJudged,
        boolean targetWinner,
        boolean leadershipSound,
        boolean conductPassed,
        BigDecimal conductScore,
        BigDecimal conductMean,
        boolean conductImproved,
        Integer place,
        int rated,
        boolean official,
        boolean vetoed) {

    public boolean excellent() {
        return targetWinner && leadershipSound && conductPassed && !vetoed;
    }
}
