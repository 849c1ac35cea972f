package com.xingping.scorecard;

import java.util.List;

import com.xingping.reporting.ActivityRecord;
import com.xingping.roster.RosterMember;
import com.xingping.rubric.Rubric;
import com.xingping.scoring.UnitFacts;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * Builds each unit's facts for the engine: its flags from the unit, then whatever each source
 * knows. The committee's facts (ASSESS, penalties, baselines, 业绩优, 加分) are not kept yet, so
 * they stay absent; they will be one more {@link FactSource}.
 */
final class FactsAssembler {
    private final List<FactSource> sources;

    FactsAssembler(List<FactSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The sources the platform has today: approved records and the roster. */
    static FactsAssembler of(Rubric rubric, AssessmentYear year, List<ActivityRecord> records, List<RosterMember> roster) {
        return new FactsAssembler(List.of(new RecordFacts(rubric, year, records), new RosterFacts(year.id(), roster)));
    }

    /** A unit's facts (its engine id is the unit's id) and the records behind them. */
    record Assembled(Unit unit, UnitFacts facts, Backing backing) {
    }

    Assembled assemble(Unit unit) {
        UnitFacts.Builder facts = UnitFacts.builder(engineId(unit.id())).name(unit.name())
                .inTargetAssessment(unit.inTargetAssessment()).committeeOwn(unit.committeeOwn());
        Backing backing = new Backing();
        for (FactSource source : sources) {
            source.addTo(unit.id(), facts, backing);
        }
        return new Assembled(unit, facts.build(), backing);
    }

    static String engineId(Long unitId) {
        return String.valueOf(unitId);
    }
}
