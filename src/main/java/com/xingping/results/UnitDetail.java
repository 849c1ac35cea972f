package com.xingping.results;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.xingping.rubric.Rubric;
import com.xingping.scoring.BaselineViolation;
import com.xingping.scoring.CriterionResult;
import com.xingping.scoring.ElementResult;
import com.xingping.scoring.PerformanceResult;
import com.xingping.scoring.SeriousDeduction;
import com.xingping.scoring.StarResult;
import com.xingping.scoring.UnitExplanation;
import com.xingping.scoring.UnitResult;
import com.xingping.scoring.YearResult;

/**
 * What a unit's scorecard shows beyond its line: each element's explanation, why each star was
 * withheld and its baseline deductions, 加分 before and after the cap, the serious deductions, the
 * 业绩优 conditions with the 行风评议 mean and veto cut-off, each star's city median and the records
 * behind each element, and the lines explaining the stars, 加分, deductions, 业绩优 and standing
 * ({@code explained}). The draft's is taken from the engine's result; a published version stores
 * one per unit, so its scorecard is read, never scored again. {@code explained} is null in a sheet
 * stored before it was kept (publications before issue 7).
 */
record UnitDetail(String id, Map<String, List<String>> explanations, List<StarDetail> stars, Bonus bonus,
                  List<SeriousDeduction> deductions, Performance performance, Map<String, BigDecimal> medians,
                  Map<String, List<RecordRef>> records, Explained explained) {
    /** The explanation's first line repeats the notice's words, which the scorecard shows beside it. */
    static final String RULE_LINE = "规则：";

    UnitDetail {
        explanations = Collections.unmodifiableMap(new TreeMap<>(explanations));
        stars = List.copyOf(stars);
        deductions = List.copyOf(deductions);
        medians = Collections.unmodifiableMap(new LinkedHashMap<>(medians));
        records = Collections.unmodifiableMap(new TreeMap<>(records));
    }

    /** @param withheld why the star was not awarded (the engine's {@code Withholding} names) */
    record StarDetail(String id, List<String> withheld, List<BaselineViolation> violations,
                      BigDecimal falsificationPenalty) {
        StarDetail {
            withheld = List.copyOf(withheld);
            violations = List.copyOf(violations);
        }

        static StarDetail of(StarResult star) {
            return new StarDetail(star.star().id(), star.withheld().stream().map(Enum::name).toList(),
                    star.violations().stream().map(v -> new BaselineViolation(v.baselineId(), Numbers.exact(v.points())))
                            .toList(), Numbers.exact(star.falsificationPenalty()));
        }
    }

    record Bonus(List<BonusLine> items, BigDecimal uncapped, BigDecimal cap, BigDecimal total) {
        Bonus {
            items = List.copyOf(items);
        }
    }

    record BonusLine(String rule, String description, BigDecimal points, boolean counted, String note) {
    }

    /**
     * 业绩优 as judged; {@code conductScore}, {@code conductMean} and {@code place} are null for a unit not
     * rated; {@code official}: the committee entered the mean and the vetoed units.
     */
    record Performance(boolean targetJudged, boolean targetWinner, boolean leadershipSound, boolean conductPassed, BigDecimal conductScore,
                       BigDecimal conductMean, Integer place, int rated, boolean official, boolean vetoed,
                       boolean excellent) {
        static Performance of(PerformanceResult result) {
            return new Performance(result.targetJudged(), result.targetWinner(), result.leadershipSound(), result.conductPassed(),
                    Numbers.exact(result.conductScore()), Numbers.exact(result.conductMean()), result.place(),
                    result.rated(), result.official(), result.vetoed(), result.excellent());
        }
    }

    /** {@link UnitExplanation}'s lines as stored. */
    record Explained(Map<String, List<String>> stars, List<String> bonus, List<String> deductions,
                     List<String> performance, List<String> standing) {
        Explained {
            stars = Collections.unmodifiableMap(new LinkedHashMap<>(stars));
            bonus = List.copyOf(bonus);
            deductions = List.copyOf(deductions);
            performance = List.copyOf(performance);
            standing = List.copyOf(standing);
        }

        static Explained of(UnitExplanation explanation) {
            return new Explained(explanation.stars(), explanation.bonus(), explanation.deductions(),
                    explanation.performance(), explanation.standing());
        }

        List<String> star(String starId) {
            return stars.getOrDefault(starId, List.of());
        }
    }

    StarDetail star(String starId) {
        return stars.stream().filter(s -> s.id().equals(starId)).findFirst()
                .orElse(new StarDetail(starId, List.of(), List.of(), BigDecimal.ZERO));
    }

    /** {@code unit} of {@code year}, scored under {@code rubric}. */
    static UnitDetail of(Rubric rubric, YearResult year, UnitResult unit, Map<String, BigDecimal> medians,
                         Map<String, List<RecordRef>> records) {
        Map<String, List<String>> explanations = new LinkedHashMap<>();
        for (StarResult star : unit.stars()) {
            for (CriterionResult criterion : star.criteria()) {
                for (ElementResult element : criterion.elements()) {
                    explanations.put(element.element().id(), shown(element.explanation()));
                }
            }
        }
        Bonus bonus = new Bonus(unit.bonus().items().stream().map(i -> new BonusLine(i.ruleId(), i.description(),
                Numbers.exact(i.points()), i.counted(), i.note())).toList(), Numbers.exact(unit.bonus().uncapped()),
                Numbers.exact(unit.bonus().cap()), Numbers.exact(unit.bonus().total()));
        return new UnitDetail(unit.id(), explanations, unit.stars().stream().map(StarDetail::of).toList(), bonus,
                unit.seriousDeductions().stream().map(d -> new SeriousDeduction(Numbers.exact(d.points()), d.reason()))
                        .toList(), Performance.of(unit.performance()), medians, records,
                Explained.of(UnitExplanation.of(rubric, year, unit)));
    }

    static List<String> shown(List<String> explanation) {
        return explanation.stream().filter(line -> !line.startsWith(RULE_LINE)).toList();
    }
}
