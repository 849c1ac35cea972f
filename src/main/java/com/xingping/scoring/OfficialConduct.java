package com.xingping.scoring;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The official 行风评议 standings of a year, entered by the committee: the mean over the other
 * office's whole population and the units it placed in the last three places. When given, they
 * replace the standings computed from the units' scores.
 */
public record OfficialConduct(BigDecimal mean, Set<String> bottom) {

    public OfficialConduct {
        bottom = Set.copyOf(bottom);
    }
}
