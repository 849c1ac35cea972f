package com.xingping.scorecard;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.xingping.rubric.Rubric;
import com.xingping.scorecard.FactsAssembler.Assembled;
import com.xingping.scoring.UnitResult;
import com.xingping.scoring.YearResult;
import com.xingping.year.AssessmentYear;

/** A year scored now: every unit's assembled facts, the engine's result, and each unit's records awaiting review. */
record LiveYear(AssessmentYear year, Rubric rubric, List<Assembled> units, YearResult result,
                Map<Long, Long> awaitingReview) {

    Optional<Assembled> assembled(Long unitId) {
        return units.stream().filter(a -> a.unit().id().equals(unitId)).findFirst();
    }

    UnitResult result(Long unitId) {
        return result.unit(FactsAssembler.engineId(unitId)).orElseThrow();
    }

    long awaitingReview(Long unitId) {
        return awaitingReview.getOrDefault(unitId, 0L);
    }
}
