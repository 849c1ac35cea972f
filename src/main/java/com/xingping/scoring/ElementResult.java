package com.xingping.scoring;

import java.math.BigDecimal;
import java.util.List;

import com.xingping.rubric.Element;

/**
 * One element scored for one unit, with everything needed to explain it.
 *
 * @param raw                   points the true facts are worth before the element's cap (after the parts' caps)
 * @param parts                 each part of an element with parts; empty otherwise
 * @param penalties             penalties applied, each with its count and points
 * @param earned                the score after cap, penalties and the [0, max] clamp
 * @param falsified             occurrences (or 1 for a single fact) found false
 * @param claim                 what a false record claimed for a single-fact element, null for none (and for COUNT)
 * @param claimed               the nominal points the false records claimed
 * @param falsificationPenalty  the falsification multiplier × claimed (加倍倒扣), exempt from the clamp
 */
public record ElementResult(
        Element element,
        Basis basis,
        BigDecimal raw,
        List<PartResult> parts,
        List<AppliedPenalty> penalties,
        BigDecimal earned,
        int falsified,
        FalseClaim claim,
        BigDecimal claimed,
        BigDecimal falsificationPenalty) {

    /** What the element contributes: its earned score less its falsification penalty (may be negative). */
    public BigDecimal value() {
        return falsificationPenalty.signum() == 0 ? earned : earned.subtract(falsificationPenalty);
    }

    public boolean capped() {
        return raw.compareTo(element.max()) > 0;
    }

    public BigDecimal penaltyPoints() {
        BigDecimal sum = BigDecimal.ZERO;
        for (AppliedPenalty penalty : penalties) {
            sum = sum.add(penalty.points());
        }
        return sum;
    }

    /** What the penalties took off the element: their sum, but no more than it earned (备注4, floored at 0). */
    public BigDecimal penaltyTaken() {
        return raw.min(element.max()).subtract(earned);
    }

    /** Points between the element's score and its maximum (max − earned; penalties already taken off earned). */
    public BigDecimal open() {
        return element.max().subtract(earned).max(BigDecimal.ZERO);
    }

    /** Why the element scored what it did, in the committee's language (zh-CN), one step a line. */
    public List<String> explanation() {
        return Explanations.of(this);
    }
}
