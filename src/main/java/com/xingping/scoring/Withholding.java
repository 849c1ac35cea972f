package com.xingping.scoring;

/** Why a star was not awarded. */
public enum Withholding {
    /** the star score is below the policy share of its points (80 % by default). */
    BELOW_THRESHOLD,
    /** one of its baselines was violated (policy baselineWithholdsStar). */
    BASELINE_VIOLATED,
    /** a record of it was found false (policy falsificationWithholdsStar). */
    FALSIFIED
}
