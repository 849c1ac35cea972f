package com.xingping.scoring;

import java.util.List;

import com.xingping.rubric.Rubric;

/** A read and validated scoring document: the rubric it names, the year and every unit's facts. */
public record ScoringInput(Rubric rubric, int year, List<UnitFacts> units) {
    public ScoringInput {
        units = List.copyOf(units);
    }
}
