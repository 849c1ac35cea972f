/**
 * The {@code generate} command: fills an empty database with a believable open year of N units
 * (accounts, rosters, records in every state with evidence, committee facts, audit entries) for
 * trying the platform at a province's size and for benchmarks.
 */
package com.xingping.generate;
