package com.xingping.scoring;

/** Why a star was not awarded. */
public enum Withholding {
    /** the star score is below the policy share of its points (80 % by default). */
    BELOW_THRESHOLD("belowThreshold"),
    /** one of its baselines was violated (policy baselineWithholdsStar). */
    BASELINE_VIOLATED("baseline"),
    /** a record of it was found false (policy falsificationWithholdsStar). */
    FALSIFIED("falsified");

    private final String code;

    Withholding(String code) {
        this.code = code;
    }

    /** Its name in the scoring output document. */
    public String code() {
        return code;
    }
}
