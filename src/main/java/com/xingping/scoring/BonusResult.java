package com.xingping.scoring;

import java.math.BigDecimal;
import java.util.List;

/** 加分 for one unit: every event judged, the sum before the cap and the capped total. */
public record BonusResult(List<BonusItem> items, BigDecimal uncapped, BigDecimal cap, BigDecimal total) {
    public BonusResult {
        items = List.copyOf(items);
    }

    public boolean capped() {
        return uncapped.compareTo(total) > 0;
    }
}
