package com.xingping.scoring;

import java.util.List;

import com.xingping.rubric.Rubric;

/**
 * A read and validated scoring document: the rubric it names, the year, the official 行风评议
 * standings if the committee entered them (null: computed from the units' scores) and every unit's facts.
 */
public record ScoringInput(Rubric rubric, int year, OfficialConduct conduct, List<UnitFacts> units) {
    public ScoringInput {
        units = List.copyOf(units);
    }

    public ScoringInput(Rubric rubric, int year, List<UnitFacts> units) {
        this(rubric, year, null, units);
    }
}
