/**
 * Rubric case tables: YAML cases of one unit's (or a small year's) facts and the values the notice
 * gives them, run against a rubric file by the {@code test-rubric} command (run by {@code Main}
 * without starting Spring) and by the build.
 */
@NamedInterface("cases")
package com.xingping.scoring.cases;

import org.springframework.modulith.NamedInterface;
