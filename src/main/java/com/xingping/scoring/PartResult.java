package com.xingping.scoring;

import java.math.BigDecimal;

import com.xingping.rubric.Part;

/**
 * One part of a COUNT element scored: its occurrences (false ones included), how many were false,
 * what the true ones earn under the part's own cap, and what the false ones claimed.
 */
public record PartResult(Part part, int occurrences, int falsified, BigDecimal earned, BigDecimal claimed) {

    public boolean capped() {
        return earned.compareTo(part.max()) == 0 && occurrences - falsified > 0;
    }
}
