package com.xingping.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An approved record of an element as the scorecard shows it, with how it was used: counted, or
 * left out because it lies outside the window or another record gives the fact.
 */
public record BackingRecord(Long id, String title, LocalDate date, String tierLevel, BigDecimal rate, boolean falsified,
                            Use use) {

    public enum Use {
        /** it gives (or is one of the occurrences of) the element's fact. */
        COUNTED,
        /** a COUNT occurrence dated outside the year's window. */
        OUTSIDE_WINDOW,
        /** another record gives the fact: a higher level, a later rate, or a true record of a CHECK. */
        UNUSED
    }

    public boolean counted() {
        return use == Use.COUNTED;
    }
}
