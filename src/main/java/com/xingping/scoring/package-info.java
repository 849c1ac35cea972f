/**
 * The scoring engine: a rubric and one year of unit facts in, every unit's explained scorecard
 * out. Plain Java with exact decimals; no Spring, no database (guarded by an architecture test).
 */
package com.xingping.scoring;
