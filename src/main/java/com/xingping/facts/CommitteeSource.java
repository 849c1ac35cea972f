package com.xingping.facts;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.xingping.rubric.Rubric;
import com.xingping.scorecard.FactSource;
import com.xingping.year.AssessmentYear;

/** The committee's facts as the scorecards read them ({@link CommitteeStandingFacts}). */
@Component
class CommitteeSource implements FactSource {
    private final CommitteeFacts facts;

    CommitteeSource(CommitteeFacts facts) {
        this.facts = facts;
    }

    @Override
    public Facts ofUnit(Rubric rubric, AssessmentYear year, Long unitId) {
        return new CommitteeStandingFacts(year.id(), facts.findByUnitIdAndYearIdOrderByIdAsc(unitId, year.id()));
    }

    @Override
    public Facts ofYear(Rubric rubric, AssessmentYear year) {
        return new CommitteeStandingFacts(year.id(), facts.findByYearIdOrderByIdAsc(year.id()));
    }

    @Override
    public Optional<UnitYear> changedBy(Object row) {
        return row instanceof CommitteeFact f ? Optional.of(new UnitYear(f.yearId(), f.unitId())) : Optional.empty();
    }
}
