/** Assessment years: opened by the committee on a rubric file, which fixes the window; closed years are read-only. */
package com.xingping.year;
