/**
 * Rubric case tables: YAML cases of one unit's (or a small year's) facts and the values the notice
 * gives them, run against a rubric file by {@code test-rubric} and by the build.
 */
package com.xingping.scoring.cases;
