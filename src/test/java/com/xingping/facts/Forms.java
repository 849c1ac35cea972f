package com.xingping.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Committee fact forms for the tests: dated in the 2018 window, with a reference and a reason unless changed. */
final class Forms {
    static final LocalDate DATE = LocalDate.of(2018, 6, 1);
    static final String REFERENCE = "绍市机工委〔2019〕3号";

    private Forms() {
    }

    static FactForm assessed(String elementId, String score) {
        return form(elementId, decimal(score), null, null, null, null, null, null, null, null, null, null, null);
    }

    static FactForm penalty(String elementId, String penaltyId, Integer times) {
        return form(elementId, null, penaltyId, times, null, null, null, null, null, null, null, null, null);
    }

    static FactForm baseline(String baselineId, String points) {
        return form(null, null, null, null, baselineId, decimal(points), null, null, null, null, null, null, null);
    }

    static FactForm serious(String points) {
        return form(null, null, null, null, null, decimal(points), null, null, null, null, null, null, null);
    }

    static FactForm performance(String aspect, String score, Boolean passed) {
        return form(null, decimal(score), null, null, null, null, aspect, passed, null, null, null, null, null);
    }

    static FactForm commendation(String project, String level) {
        return form(null, null, null, null, null, null, null, null, project, level, null, null, null);
    }

    static FactForm innovation(String project, String level, String shape) {
        return form(null, null, null, null, null, null, null, null, project, level, shape, null, null);
    }

    static FactForm pilot(boolean succeeded) {
        return form(null, null, null, null, null, null, null, null, null, null, null, succeeded, null);
    }

    static FactForm inspection(String period, String level) {
        return form(null, null, null, null, null, null, null, null, null, level, null, null, period);
    }

    static FactForm dated(FactForm f, LocalDate date) {
        return new FactForm(f.elementId(), f.score(), f.penaltyId(), f.times(), f.baselineId(), f.points(), f.aspect(),
                f.passed(), f.project(), f.level(), f.form(), f.succeeded(), f.period(), date, f.reference(), f.reason(),
                f.version());
    }

    static FactForm with(FactForm f, String reference, String reason) {
        return new FactForm(f.elementId(), f.score(), f.penaltyId(), f.times(), f.baselineId(), f.points(), f.aspect(),
                f.passed(), f.project(), f.level(), f.form(), f.succeeded(), f.period(), f.date(), reference, reason,
                f.version());
    }

    static FactForm version(FactForm f, Integer version) {
        return new FactForm(f.elementId(), f.score(), f.penaltyId(), f.times(), f.baselineId(), f.points(), f.aspect(),
                f.passed(), f.project(), f.level(), f.form(), f.succeeded(), f.period(), f.date(), f.reference(), f.reason(),
                version);
    }

    private static FactForm form(String elementId, BigDecimal score, String penaltyId, Integer times, String baselineId,
                                 BigDecimal points, String aspect, Boolean passed, String project, String level,
                                 String shape, Boolean succeeded, String period) {
        return new FactForm(elementId, score, penaltyId, times, baselineId, points, aspect, passed, project, level, shape,
                succeeded, period, DATE, REFERENCE, "测试事由", null);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
