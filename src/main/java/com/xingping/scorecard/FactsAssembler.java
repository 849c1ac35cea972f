package com.xingping.scorecard;

import java.util.List;

import com.xingping.scoring.UnitFacts;
import com.xingping.unit.Unit;
import com.xingping.unit.YearFlags;

/**
 * Builds each unit's facts for the engine: its flags for the year, then whatever each source
 * knows (approved records, the roster, the committee's own facts: see {@link FactSource}).
 */
final class FactsAssembler {
    private final List<FactSource.Facts> sources;

    FactsAssembler(List<FactSource.Facts> sources) {
        this.sources = List.copyOf(sources);
    }

    /** A unit's facts (its engine id is the unit's id) and the records behind them. */
    record Assembled(Unit unit, UnitFacts facts, Backing backing) {
    }

    /** {@code flags}: the unit's flags for the year being assembled (a year scores with the flags it had). */
    Assembled assemble(Unit unit, YearFlags flags) {
        UnitFacts.Builder facts = UnitFacts.builder(engineId(unit.id())).name(unit.name())
                .inTargetAssessment(flags.inTargetAssessment()).committeeOwn(flags.committeeOwn());
        Backing backing = new Backing();
        for (FactSource.Facts source : sources) {
            source.addTo(unit.id(), facts, backing);
        }
        return new Assembled(unit, facts.build(), backing);
    }

    static String engineId(Long unitId) {
        return String.valueOf(unitId);
    }
}
