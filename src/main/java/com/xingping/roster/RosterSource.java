package com.xingping.roster;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.xingping.rubric.Rubric;
import com.xingping.scorecard.FactSource;
import com.xingping.year.AssessmentYear;

/** The roster as the scorecards read it ({@link RosterFacts}). */
@Component
class RosterSource implements FactSource {
    private final Roster roster;

    RosterSource(Roster roster) {
        this.roster = roster;
    }

    @Override
    public Facts ofUnit(Rubric rubric, AssessmentYear year, Long unitId) {
        return new RosterFacts(year.id(), roster.findByUnitIdAndYearIdOrderByIdAsc(unitId, year.id()));
    }

    @Override
    public Facts ofYear(Rubric rubric, AssessmentYear year) {
        return new RosterFacts(year.id(), roster.findByYearId(year.id()));
    }

    @Override
    public Optional<UnitYear> changedBy(Object row) {
        return row instanceof RosterMember m ? Optional.of(new UnitYear(m.yearId(), m.unitId())) : Optional.empty();
    }
}
