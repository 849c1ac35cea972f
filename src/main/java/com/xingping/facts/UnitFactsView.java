package com.xingping.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * All of a unit's committee facts for a year, grouped as the notice groups them: per star its ASSESS
 * scores, penalties and baseline violations; serious deductions; the 业绩优 facts; the 加分 events.
 * Withdrawn facts are listed apart. {@code writable}: the one asking may change them now (committee,
 * open year, active unit). The choices are what the forms offer under the year's rubric.
 */
public record UnitFactsView(Long unitId, String unitCode, String unitName, boolean unitActive, Long yearId, int year,
                            boolean yearOpen, boolean writable, LocalDate windowStart, LocalDate windowEnd,
                            List<StarGroup> stars, List<FactView> serious, List<Slot> performance,
                            List<FactView> commendations, List<FactView> innovations, FactView pilot,
                            List<Slot> inspections, List<FactView> withdrawn, Choices choices) {

    public record StarGroup(String id, String name, List<AssessSlot> assessed, List<FactView> penalties,
                            List<FactView> baselines, List<Choice> penaltyChoices, List<Choice> baselineChoices) {
    }

    /** An ASSESS element of the star and its standing score, if any. */
    public record AssessSlot(String elementId, String name, BigDecimal max, String source, FactView fact) {
    }

    /** A single-valued subject (业绩优 aspect, inspection period) and its standing fact, if any. */
    /** {@code help}: what the committee is asked, when a slot's words need saying (null otherwise). */
    public record Slot(String subject, String label, String help, FactView fact) {
    }

    /** One option of a form's select: the value sent and the words shown. */
    public record Choice(String value, String label) {
    }

    public record Choices(List<BigDecimal> baselinePoints, List<Choice> commendationLevels,
                          List<Choice> innovationLevels, List<Choice> inspectionLevels) {
    }
}
