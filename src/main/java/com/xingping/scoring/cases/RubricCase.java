package com.xingping.scoring.cases;

import com.xingping.kernel.Value;

/**
 * One case of a rubric case file: the notice's words it checks, the facts it gives (one unit, or a
 * year {@code {conduct, units}}) and the values it expects, written where {@code file:line} says.
 */
record RubricCase(String file, int line, String name, String notice, Value given, Value expect) {

    /** How a case is named in a report: {@code case NAME (file:line)}. */
    String label() {
        return "case " + name + " (" + file + ":" + line + ")";
    }
}
