/**
 * The committee's own facts about each unit's year, each with its date, document reference and
 * reason, entered, edited and withdrawn (never deleted) on the {@link com.xingping.facts.CommitteeDesk},
 * every change audited: ASSESS scores, penalties, baseline violations, serious-violation deductions,
 * 业绩优 facts and 加分 events; and the committee's Excel imports (units, many units' rosters,
 * 行风评议 scores, 目标责任制 results). The live scorecards read these facts through
 * {@link com.xingping.facts.EngineFacts}.
 */
package com.xingping.facts;
