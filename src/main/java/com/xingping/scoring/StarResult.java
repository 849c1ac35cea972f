package com.xingping.scoring;

import java.math.BigDecimal;
import java.util.List;

import com.xingping.rubric.Star;

/**
 * A star scored for one unit: score = max(0, Σ earned − baseline deductions) − Σ falsification
 * penalties. {@code withheld} is empty exactly when the star is awarded.
 */
public record StarResult(
        Star star,
        List<CriterionResult> criteria,
        BigDecimal earned,
        List<BaselineViolation> violations,
        BigDecimal baselineDeduction,
        BigDecimal falsificationPenalty,
        BigDecimal score,
        BigDecimal threshold,
        List<Withholding> withheld) {

    public StarResult {
        criteria = List.copyOf(criteria);
        violations = List.copyOf(violations);
        withheld = List.copyOf(withheld);
    }

    public boolean awarded() {
        return withheld.isEmpty();
    }

    /** What the baseline deductions took off the star: their sum, but no more than the star earned (floored at 0). */
    public BigDecimal baselineDeductionTaken() {
        return baselineDeduction.min(earned.max(BigDecimal.ZERO));
    }

    /** Points still missing to reach the star's threshold (0 once reached). */
    public BigDecimal toThreshold() {
        return threshold.subtract(score).max(BigDecimal.ZERO);
    }
}
