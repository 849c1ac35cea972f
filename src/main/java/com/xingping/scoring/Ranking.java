package com.xingping.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Ranks by total, then party score, then star count, all descending; equal keys share a rank (1, 2, 2, 4). */
final class Ranking {
    private static final Comparator<UnitResult> BEST_FIRST = Comparator
            .comparing(UnitResult::total)
            .thenComparing(UnitResult::partyScore)
            .thenComparingInt(UnitResult::starCount)
            .reversed();

    private Ranking() {
    }

    /** The same units in the same order, each with its rank. */
    static List<UnitResult> rank(List<UnitResult> units) {
        List<Integer> order = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> BEST_FIRST.compare(units.get(a), units.get(b)));
        UnitResult[] ranked = new UnitResult[units.size()];
        int rank = 0;
        for (int position = 0; position < order.size(); position++) {
            UnitResult unit = units.get(order.get(position));
            if (position == 0 || BEST_FIRST.compare(units.get(order.get(position - 1)), unit) != 0) {
                rank = position + 1;
            }
            ranked[order.get(position)] = unit.withRank(rank);
        }
        return List.of(ranked);
    }
}
