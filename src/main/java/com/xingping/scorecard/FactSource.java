package com.xingping.scorecard;

import java.util.Optional;

import com.xingping.rubric.Rubric;
import com.xingping.scoring.UnitFacts;
import com.xingping.year.AssessmentYear;

/**
 * What a module that keeps facts about units implements, as a bean, for its own rows: reporting its
 * approved records, roster its members, facts the committee's entries. The scorecard asks every
 * source, so it reads no other module's tables, and a new kind of fact stays inside the module that
 * keeps it. Called in the scorecard's transaction.
 */
public interface FactSource {

    /** This source's facts of one unit's year, read from that unit's rows only. */
    Facts ofUnit(Rubric rubric, AssessmentYear year, Long unitId);

    /** This source's facts of every unit of the year, its rows read once. */
    Facts ofYear(Rubric rubric, AssessmentYear year);

    /** The unit's year whose facts change when {@code row} is saved or deleted, if it is one of this source's rows. */
    Optional<UnitYear> changedBy(Object row);

    /** A source's rows as read, added to each unit's facts in turn; plain Java. */
    interface Facts {

        /** Adds what this source knows of the unit to {@code facts}, and the records behind them to {@code backing}. */
        void addTo(Long unitId, UnitFacts.Builder facts, Backing backing);
    }

    record UnitYear(Long yearId, Long unitId) {
    }
}
