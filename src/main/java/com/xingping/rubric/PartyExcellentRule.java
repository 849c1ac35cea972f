package com.xingping.rubric;

import java.math.BigDecimal;

/**
 * How 党建优 is decided: by default every star awarded ("五星"); alternatively a total of at
 * least {@code minimum}.
 */
public record PartyExcellentRule(boolean allStars, BigDecimal minimum) {

    public static PartyExcellentRule allStarsAwarded() {
        return new PartyExcellentRule(true, null);
    }

    public static PartyExcellentRule minimumTotal(BigDecimal minimum) {
        return new PartyExcellentRule(false, minimum);
    }
}
