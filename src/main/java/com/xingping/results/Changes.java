package com.xingping.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.xingping.results.Standings.Standing;
import com.xingping.rubric.Element;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.Star;

/**
 * What moved between two editions of a year, unit by unit: total, stars, 双优, rank and every
 * element whose points changed. Units whose lines are the same are only counted.
 */
record Changes(List<UnitChange> units, int unchanged) {

    Changes {
        units = List.copyOf(units);
    }

    enum Kind { CHANGED, ADDED, REMOVED }

    /** One unit's line before and after; a unit only in one of them was added or removed. */
    record UnitChange(String unitId, String name, Kind kind, BigDecimal totalBefore, BigDecimal totalAfter,
                      String starsBefore, String starsAfter, Boolean doubleBefore, Boolean doubleAfter,
                      Integer rankBefore, Integer rankAfter, List<ElementChange> elements) {
        UnitChange {
            elements = List.copyOf(elements);
        }

        public BigDecimal totalDelta() {
            return totalBefore == null || totalAfter == null ? null : Numbers.exact(totalAfter.subtract(totalBefore));
        }

        public boolean starsMoved() {
            return !Objects.equals(starsBefore, starsAfter);
        }

        public boolean doubleMoved() {
            return !Objects.equals(doubleBefore, doubleAfter);
        }

        public boolean rankMoved() {
            return !Objects.equals(rankBefore, rankAfter);
        }
    }

    record ElementChange(String id, String name, BigDecimal before, BigDecimal after) {
        public BigDecimal delta() {
            return Numbers.exact(after.subtract(before));
        }
    }

    static Changes between(Standings before, Standings after, Rubric rubric) {
        Map<String, Standing> olds = byId(before);
        Map<String, Standing> nows = byId(after);
        Set<String> ids = new LinkedHashSet<>();
        after.byRank().forEach(u -> ids.add(u.id()));
        before.byRank().forEach(u -> ids.add(u.id()));
        List<UnitChange> changes = new ArrayList<>();
        int unchanged = 0;
        for (String id : ids) {
            Standing old = olds.get(id);
            Standing now = nows.get(id);
            if (old != null && now != null && same(old, now)) {
                unchanged++;
            } else {
                changes.add(change(old, now, rubric));
            }
        }
        return new Changes(changes, unchanged);
    }

    private static UnitChange change(Standing old, Standing now, Rubric rubric) {
        Standing any = now != null ? now : old;
        Kind kind = old == null ? Kind.ADDED : now == null ? Kind.REMOVED : Kind.CHANGED;
        List<ElementChange> elements = new ArrayList<>();
        for (Element element : rubric.elements()) {
            BigDecimal before = old == null ? BigDecimal.ZERO : old.element(element.id());
            BigDecimal after = now == null ? BigDecimal.ZERO : now.element(element.id());
            if (before.compareTo(after) != 0) {
                elements.add(new ElementChange(element.id(), element.name(), before, after));
            }
        }
        return new UnitChange(any.id(), any.name(), kind, old == null ? null : old.total(), now == null ? null : now.total(),
                old == null ? null : marks(old, rubric), now == null ? null : marks(now, rubric),
                old == null ? null : old.doubleExcellent(), now == null ? null : now.doubleExcellent(),
                old == null ? null : old.rank(), now == null ? null : now.rank(), elements);
    }

    private static Map<String, Standing> byId(Standings standings) {
        Map<String, Standing> byId = new HashMap<>();
        standings.units().forEach(u -> byId.put(u.id(), u));
        return byId;
    }

    static String marks(Standing standing, Rubric rubric) {
        StringBuilder marks = new StringBuilder();
        for (Star star : rubric.stars()) {
            marks.append(standing.star(star.id()).awarded() ? '★' : '☆');
        }
        return marks.toString();
    }

    /** The same numbers and standings (explanations aside, which follow from them). */
    private static boolean same(Standing a, Standing b) {
        return a.rank() == b.rank() && a.starCount() == b.starCount() && equal(a.total(), b.total())
                && equal(a.partyScore(), b.partyScore()) && equal(a.bonus(), b.bonus())
                && equal(a.seriousDeductions(), b.seriousDeductions()) && a.partyExcellent() == b.partyExcellent()
                && a.performanceExcellent() == b.performanceExcellent() && a.vetoed() == b.vetoed()
                && a.doubleExcellent() == b.doubleExcellent() && Objects.equals(a.advanced(), b.advanced())
                && a.stars().equals(b.stars()) && equal(a.elements(), b.elements());
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }

    private static boolean equal(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
    }
}
