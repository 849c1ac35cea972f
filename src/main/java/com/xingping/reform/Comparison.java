package com.xingping.reform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import com.xingping.rubric.Rubric;
import com.xingping.rubric.Star;
import com.xingping.scoring.StarResult;
import com.xingping.scoring.UnitResult;
import com.xingping.scoring.YearResult;

/**
 * One year's facts scored under two rubrics, side by side: how many units reach each star, each number of
 * stars, 党建优, 业绩优, 双优 and 先进 on either side, and every unit whose stars, standing, rank or total moved.
 *
 * @param before    the left side's name (the year's rubric, or a scenario)
 * @param after     the right side's name
 * @param counts    the counts, in the order a reader compares them
 * @param changed   the units that moved, in the order of the year's units
 * @param unchanged how many units did not move
 */
public record Comparison(String before, String after, List<Count> counts, List<UnitChange> changed, int unchanged) {
    private static final String[] NUMERALS = {"无", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    public Comparison {
        counts = List.copyOf(counts);
        changed = List.copyOf(changed);
    }

    /** A count on both sides, e.g. 三星 12 → 15. {@code key} is stable: a star id, {@code stars-3}, {@code partyExcellent}. */
    public record Count(String key, String label, int before, int after) {
        public int delta() {
            return after - before;
        }
    }

    /** Where a unit stands on one side. {@code stars} are the awarded stars' ids; {@code advanced} null, advanced or deemedAdvanced. */
    public record Standing(List<String> stars, int starCount, BigDecimal partyScore, BigDecimal total,
                           boolean partyExcellent, boolean performanceExcellent, boolean doubleExcellent, String advanced,
                           int rank) {
        public Standing {
            stars = List.copyOf(stars);
        }

        static Standing of(UnitResult unit) {
            return new Standing(unit.stars().stream().filter(StarResult::awarded).map(s -> s.star().id()).toList(),
                    unit.starCount(), unit.partyScore(), unit.total(), unit.partyExcellent(), unit.performanceExcellent(),
                    unit.doubleExcellent(), unit.advanced() == null ? null : unit.advanced().code(), unit.rank());
        }
    }

    /** A unit that moved, with what moved in words ("获得学习星", "失去双优", "排名 3 → 5"). */
    public record UnitChange(String id, String name, Standing before, Standing after, List<String> moves) {
        public UnitChange {
            moves = List.copyOf(moves);
        }

        public boolean starsChanged() {
            return !before.stars().equals(after.stars());
        }
    }

    /** Both results must be of the same units (the same facts scored twice). */
    public static Comparison of(String beforeName, Rubric beforeRubric, YearResult before, String afterName,
                                Rubric afterRubric, YearResult after) {
        Map<String, String> starNames = new LinkedHashMap<>();
        beforeRubric.stars().forEach(s -> starNames.put(s.id(), s.name()));
        afterRubric.stars().forEach(s -> starNames.putIfAbsent(s.id(), s.name()));
        Map<String, UnitResult> afterUnits = new LinkedHashMap<>();
        after.units().forEach(u -> afterUnits.put(u.id(), u));
        List<UnitChange> changed = new ArrayList<>();
        for (UnitResult unit : before.units()) {
            UnitResult other = afterUnits.get(unit.id());
            if (other == null) {
                throw new IllegalArgumentException("unit " + unit.id() + " is scored on one side only");
            }
            Standing left = Standing.of(unit);
            Standing right = Standing.of(other);
            List<String> moves = moves(starNames, left, right);
            if (!moves.isEmpty()) {
                changed.add(new UnitChange(unit.id(), unit.name(), left, right, moves));
            }
        }
        return new Comparison(beforeName, afterName, counts(starNames, beforeRubric, afterRubric, before, after), changed,
                before.units().size() - changed.size());
    }

    private static List<String> moves(Map<String, String> starNames, Standing left, Standing right) {
        List<String> moves = new ArrayList<>();
        for (Map.Entry<String, String> star : starNames.entrySet()) {
            boolean was = left.stars().contains(star.getKey());
            boolean is = right.stars().contains(star.getKey());
            if (was != is) {
                moves.add((is ? "获得" : "失去") + star.getValue());
            }
        }
        if (left.starCount() != right.starCount()) {
            moves.add("星级 " + NUMERALS[Math.min(left.starCount(), 10)] + "星 → " + NUMERALS[Math.min(right.starCount(), 10)] + "星");
        }
        standing(moves, "党建优", left.partyExcellent(), right.partyExcellent());
        standing(moves, "业绩优", left.performanceExcellent(), right.performanceExcellent());
        standing(moves, "双优", left.doubleExcellent(), right.doubleExcellent());
        if (!Objects.equals(left.advanced(), right.advanced())) {
            moves.add("先进 " + advanced(left.advanced()) + " → " + advanced(right.advanced()));
        }
        if (left.total().compareTo(right.total()) != 0) {
            moves.add("总分 " + plain(left.total()) + " → " + plain(right.total()));
        }
        if (left.rank() != right.rank()) {
            moves.add("排名 " + left.rank() + " → " + right.rank());
        }
        return moves;
    }

    private static void standing(List<String> moves, String name, boolean was, boolean is) {
        if (was != is) {
            moves.add((is ? "获得" : "失去") + name);
        }
    }

    private static String advanced(String code) {
        if (code == null) {
            return "否";
        }
        return code.equals("advanced") ? "先进党组织" : "视同先进";
    }

    private static List<Count> counts(Map<String, String> starNames, Rubric beforeRubric, Rubric afterRubric,
                                      YearResult before, YearResult after) {
        List<Count> counts = new ArrayList<>();
        for (Map.Entry<String, String> star : starNames.entrySet()) {
            counts.add(new Count(star.getKey(), star.getValue(), awarded(before, star.getKey()), awarded(after, star.getKey())));
        }
        for (int n = Math.max(beforeRubric.stars().size(), afterRubric.stars().size()); n >= 0; n--) {
            int stars = n;
            counts.add(new Count("stars-" + n, NUMERALS[Math.min(n, 10)] + "星",
                    count(before, u -> u.starCount() == stars), count(after, u -> u.starCount() == stars)));
        }
        counts.add(new Count("partyExcellent", "党建优", count(before, UnitResult::partyExcellent), count(after, UnitResult::partyExcellent)));
        counts.add(new Count("performanceExcellent", "业绩优", count(before, UnitResult::performanceExcellent),
                count(after, UnitResult::performanceExcellent)));
        counts.add(new Count("doubleExcellent", "双优", count(before, UnitResult::doubleExcellent), count(after, UnitResult::doubleExcellent)));
        counts.add(new Count("advanced", "先进（含视同先进）", count(before, u -> u.advanced() != null), count(after, u -> u.advanced() != null)));
        return counts;
    }

    private static int awarded(YearResult result, String starId) {
        return count(result, u -> u.star(starId).map(StarResult::awarded).orElse(false));
    }

    private static int count(YearResult result, Predicate<UnitResult> test) {
        return (int) result.units().stream().filter(test).count();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The star names of a rubric, by id (for pages that label the awarded stars). */
    static Map<String, String> starNames(Rubric rubric) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Star star : rubric.stars()) {
            names.put(star.id(), star.name());
        }
        return names;
    }
}
