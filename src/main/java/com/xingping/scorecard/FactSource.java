package com.xingping.scorecard;

import com.xingping.scoring.UnitFacts;

/**
 * One place the platform keeps facts about units (approved records, the roster; later the
 * committee's own entries: ASSESS scores, penalties, baselines, 业绩优, 加分), turned into the
 * engine's facts for one unit.
 */
interface FactSource {

    /** Adds what this source knows of the unit to {@code facts}, and the records behind them to {@code backing}. */
    void addTo(Long unitId, UnitFacts.Builder facts, Backing backing);
}
