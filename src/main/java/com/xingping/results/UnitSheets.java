package com.xingping.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.xingping.kernel.NotFound;
import com.xingping.results.Standings.Standing;
import com.xingping.results.UnitSheet.BaselinePart;
import com.xingping.results.UnitSheet.BonusPart;
import com.xingping.results.UnitSheet.Condition;
import com.xingping.results.UnitSheet.CriterionPart;
import com.xingping.results.UnitSheet.ElementPart;
import com.xingping.results.UnitSheet.PerformancePart;
import com.xingping.results.UnitSheet.StarPart;
import com.xingping.results.UnitSheet.Summary;
import com.xingping.rubric.Criterion;
import com.xingping.rubric.Element;
import com.xingping.rubric.PerformanceRule;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.Star;
import com.xingping.scoring.PerformanceResult;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.ScoringInput;
import com.xingping.scoring.StarResult;
import com.xingping.scoring.UnitFacts;
import com.xingping.scoring.UnitResult;
import com.xingping.scoring.YearResult;

/**
 * Builds a unit's explainable scorecard from an edition alone: points, explanations and 加分 items
 * from its output document, the records from its records document, and what the output document
 * does not carry (why a star was withheld, baseline deductions, the 加分 cap, the 行风评议 mean and
 * veto cut-off, serious deductions' reasons) from its input document scored again.
 */
final class UnitSheets {
    private static final String RULE_LINE = "规则：";

    private UnitSheets() {
    }

    static UnitSheet build(Edition edition, Rubric rubric, String unitId) {
        Standing standing = edition.standings().unit(unitId)
                .orElseThrow(() -> new NotFound("单位 " + unitId + "（" + edition.year().year() + " 年度结果）"));
        ScoringInput input = Snapshot.read(edition.snapshot().input());
        YearResult rescored = new ScoringEngine(input.rubric()).score(input.units());
        UnitResult result = rescored.unit(unitId).orElseThrow();
        UnitFacts facts = input.units().stream().filter(u -> u.id().equals(unitId)).findFirst().orElseThrow();
        Map<String, List<RecordRef>> records = RecordsDocument.read(edition.snapshot().records())
                .getOrDefault(unitId, Map.of());

        List<StarPart> stars = new ArrayList<>();
        for (Star star : rubric.stars()) {
            stars.add(star(star, rubric, standing, result.star(star.id()).orElseThrow(), edition.standings(), records));
        }
        Summary summary = new Summary(standing.rank(), edition.standings().units().size(), standing.starCount(),
                standing.partyScore(), standing.bonus(), standing.seriousDeductions(), standing.total(),
                standing.partyExcellent(), standing.performanceExcellent(), standing.vetoed(),
                standing.doubleExcellent(), standing.advanced());
        BonusPart bonus = new BonusPart(standing.bonusItems(), Numbers.exact(result.bonus().uncapped()),
                Numbers.exact(result.bonus().cap()), standing.bonus());
        return new UnitSheet(EditionHead.of(edition, rubric), standing.unitId(), standing.name(), summary, stars, bonus,
                facts.seriousDeductions(), performance(rubric, result.performance()),
                MonthlyActivity.of(RecordsDocument.ofUnit(records), edition.year().windowStart(),
                        edition.year().windowEnd()),
                Snapshot.write(rescored).equals(edition.snapshot().output()));
    }

    private static StarPart star(Star star, Rubric rubric, Standing standing, StarResult result, Standings all,
                                 Map<String, List<RecordRef>> records) {
        List<CriterionPart> criteria = new ArrayList<>();
        for (Criterion criterion : star.criteria()) {
            List<ElementPart> elements = criterion.elements().stream()
                    .map(e -> element(e, standing, records.getOrDefault(e.id(), List.of()))).toList();
            criteria.add(new CriterionPart(criterion.id(), criterion.name(), Numbers.exact(criterion.points()),
                    standing.criteria().getOrDefault(criterion.id(), BigDecimal.ZERO), elements));
        }
        List<BaselinePart> baselines = result.violations().stream().map(v -> new BaselinePart(v.baselineId(),
                rubric.baseline(v.baselineId()).map(b -> b.text()).orElse(v.baselineId()), Numbers.exact(v.points())))
                .toList();
        BigDecimal median = Numbers.median(all.units().stream().map(u -> u.star(star.id()).score()).toList());
        return new StarPart(star.id(), star.name(), Numbers.exact(star.points()),
                Numbers.exact(star.points().multiply(rubric.policy().starThreshold())), standing.star(star.id()).score(),
                standing.star(star.id()).awarded(), median, result.withheld().stream().map(Enum::name).toList(),
                baselines, Numbers.exact(result.falsificationPenalty()), criteria);
    }

    private static ElementPart element(Element element, Standing standing, List<RecordRef> records) {
        List<String> explanation = standing.explanations().getOrDefault(element.id(), List.of()).stream()
                .filter(line -> !line.startsWith(RULE_LINE)).toList();
        return new ElementPart(element.id(), element.name(), Numbers.exact(element.max()), standing.element(element.id()),
                element.source(), explanation, records);
    }

    private static PerformancePart performance(Rubric rubric, PerformanceResult result) {
        List<Condition> conditions = new ArrayList<>();
        for (PerformanceRule rule : rubric.performanceRules()) {
            boolean met = switch (rule.id()) {
                case "performance-1" -> result.targetWinner();
                case "performance-2" -> result.leadershipSound();
                case "performance-3" -> result.conductPassed();
                case "performance-V" -> !result.vetoed();
                default -> result.excellent();
            };
            conditions.add(new Condition(rule.id(), rule.text(), met));
        }
        return new PerformancePart(conditions, Numbers.exact(result.conductScore()), Numbers.exact(result.conductMean()),
                Numbers.exact(result.vetoCutoff()), result.vetoed(), result.excellent());
    }
}
