package com.xingping.scoring.cases;

/** A case file, a case or a rubric that cannot be run; the message names the file (and case) and the reason. */
final class BadCaseInput extends RuntimeException {
    BadCaseInput(String message) {
        super(message);
    }
}
