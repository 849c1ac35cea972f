package com.xingping.reporting;

import static java.util.stream.Collectors.toMap;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.xingping.rubric.Rubric;
import com.xingping.scorecard.AwaitingReview;
import com.xingping.scorecard.FactSource;
import com.xingping.year.AssessmentYear;

/** The approved records as the scorecards read them ({@link RecordFacts}), and those awaiting review. */
@Component
class RecordSource implements FactSource, AwaitingReview {
    private final Records records;

    RecordSource(Records records) {
        this.records = records;
    }

    @Override
    public Facts ofUnit(Rubric rubric, AssessmentYear year, Long unitId) {
        return new RecordFacts(rubric, year, records.findByUnitIdAndYearIdAndState(unitId, year.id(), RecordState.APPROVED));
    }

    @Override
    public Facts ofYear(Rubric rubric, AssessmentYear year) {
        return new RecordFacts(rubric, year, records.findByYearIdAndState(year.id(), RecordState.APPROVED));
    }

    @Override
    public Optional<UnitYear> changedBy(Object row) {
        return row instanceof ActivityRecord r ? Optional.of(new UnitYear(r.yearId(), r.unitId())) : Optional.empty();
    }

    @Override
    public Map<Long, Long> byUnit(Long yearId) {
        return records.countByUnit(yearId, RecordState.SUBMITTED.name()).stream()
                .collect(toMap(Records.UnitCount::unitId, Records.UnitCount::records));
    }

    @Override
    public long ofUnit(Long yearId, Long unitId) {
        return records.countByUnitIdAndYearIdAndState(unitId, yearId, RecordState.SUBMITTED);
    }
}
