package com.xingping.scorecard;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.xingping.rubric.Rubric;
import com.xingping.scoring.UnitFacts;
import com.xingping.scoring.UnitResult;
import com.xingping.scoring.YearResult;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/** A year scored now: every scored unit's standing facts, the engine's result, and records awaiting review. */
record LiveYear(AssessmentYear year, Rubric rubric, List<Standing> units, YearResult result,
                Map<Long, Long> awaitingReview) {

    /** A unit and the facts its standing holds (the engine's id for it is the unit's id). */
    record Standing(Unit unit, UnitFacts facts) {
    }

    Optional<Standing> standing(Long unitId) {
        return units.stream().filter(s -> s.unit().id().equals(unitId)).findFirst();
    }

    UnitResult result(Long unitId) {
        return result.unit(FactsAssembler.engineId(unitId)).orElseThrow();
    }

    long awaitingReview(Long unitId) {
        return awaitingReview.getOrDefault(unitId, 0L);
    }
}
