/**
 * Rubrics kept in the database: the bundled files (stored at start-up when absent), the committee's
 * drafts of next year's rubric edited in the browser (problems, element table, diff against the rubric
 * it was drafted from, the rubric case tables run against it) and issuing one, which freezes it with its
 * version and SHA-256 so a year can be opened on it and scored by exactly that text.
 */
package com.xingping.rubrics;
