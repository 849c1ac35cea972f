package com.xingping.scorecard;

import java.util.List;

import com.xingping.facts.CommitteeFact;
import com.xingping.reporting.ActivityRecord;
import com.xingping.roster.RosterMember;
import com.xingping.rubric.Rubric;
import com.xingping.scoring.UnitFacts;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * Builds each unit's facts for the engine: its flags from the unit, then whatever each source
 * knows: approved records, the roster, and the committee's own facts (ASSESS, penalties, baselines,
 * serious deductions, 业绩优, 加分).
 */
final class FactsAssembler {
    private final List<FactSource> sources;

    FactsAssembler(List<FactSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Approved records and the roster only (no committee facts). */
    static FactsAssembler of(Rubric rubric, AssessmentYear year, List<ActivityRecord> records, List<RosterMember> roster) {
        return of(rubric, year, records, roster, List.of());
    }

    /** Every source the platform has: approved records, the roster and the committee's facts. */
    static FactsAssembler of(Rubric rubric, AssessmentYear year, List<ActivityRecord> records, List<RosterMember> roster,
                             List<CommitteeFact> committee) {
        return new FactsAssembler(List.of(new RecordFacts(rubric, year, records), new RosterFacts(year.id(), roster),
                new CommitteeFactsSource(year.id(), committee)));
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
