package com.xingping.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.xingping.results.Standings.Standing;
import com.xingping.results.UnitDetail.Performance;
import com.xingping.results.UnitDetail.StarDetail;
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
import com.xingping.scoring.UnitExplanation;
import com.xingping.year.AssessmentYear;

/**
 * Builds a unit's explainable scorecard from its line and its sheet in an edition, with the words of
 * the edition's own rubric: the draft's and a published version's alike, nothing scored here.
 */
final class UnitSheets {
    private UnitSheets() {
    }

    static UnitSheet build(EditionHead head, Rubric rubric, AssessmentYear year, Standing line, int rankedUnits,
                           UnitDetail detail) {
        List<StarPart> stars = new ArrayList<>();
        for (Star star : rubric.stars()) {
            stars.add(star(star, rubric, line, detail));
        }
        Summary summary = new Summary(line.rank(), rankedUnits, line.starCount(), line.partyScore(), line.bonus(),
                line.deducted(), line.seriousDeductions(), line.total(), line.partyExcellent(), line.performanceExcellent(),
                line.vetoed(), line.doubleExcellent(), line.advanced());
        BonusPart bonus = new BonusPart(detail.bonus().items(), detail.bonus().uncapped(), detail.bonus().cap(),
                detail.bonus().total());
        return new UnitSheet(head, line.unitId(), line.name(), summary, stars, bonus, detail.deductions(),
                performance(rubric, detail.performance()),
                MonthlyActivity.of(RecordsDocument.ofUnit(detail.records().values()), year.windowStart(),
                        year.windowEnd()), detail.explained());
    }

    private static StarPart star(Star star, Rubric rubric, Standing line, UnitDetail detail) {
        List<CriterionPart> criteria = new ArrayList<>();
        for (Criterion criterion : star.criteria()) {
            List<ElementPart> elements = criterion.elements().stream().map(e -> element(e, line, detail)).toList();
            criteria.add(new CriterionPart(criterion.id(), criterion.name(), Numbers.exact(criterion.points()),
                    line.criteria().getOrDefault(criterion.id(), BigDecimal.ZERO), elements));
        }
        StarDetail result = detail.star(star.id());
        List<BaselinePart> baselines = result.violations().stream().map(v -> new BaselinePart(v.baselineId(),
                rubric.baseline(v.baselineId()).map(b -> b.text()).orElse(v.baselineId()), v.points())).toList();
        return new StarPart(star.id(), star.name(), Numbers.exact(star.points()),
                Numbers.exact(star.points().multiply(rubric.policy().starThreshold())), line.star(star.id()).score(),
                line.star(star.id()).awarded(), detail.medians().getOrDefault(star.id(), BigDecimal.ZERO),
                result.withheld(), baselines, result.falsificationPenalty(), criteria,
                detail.explained() == null ? List.of() : detail.explained().star(star.id()));
    }

    private static ElementPart element(Element element, Standing line, UnitDetail detail) {
        Map<String, List<String>> explanations = detail.explanations();
        return new ElementPart(element.id(), element.name(), Numbers.exact(element.max()), line.element(element.id()),
                element.source(), explanations.getOrDefault(element.id(), List.of()),
                detail.records().getOrDefault(element.id(), List.of()));
    }

    private static PerformancePart performance(Rubric rubric, Performance result) {
        List<Condition> conditions = new ArrayList<>();
        for (PerformanceRule rule : rubric.performanceRules()) {
            boolean met = switch (rule.id()) {
                case "performance-1" -> result.targetWinner();
                case "performance-2" -> result.leadershipSound();
                case "performance-3" -> result.conductPassed();
                case "performance-V" -> !result.vetoed();
                default -> result.excellent();
            };
            String text = rule.id().equals("performance-1") && result.targetJudged()
                    ? UnitExplanation.TARGET_JUDGED + "（不参加目标责任制考核，由工委评定）" : rule.text();
            conditions.add(new Condition(rule.id(), text, met));
        }
        return new PerformancePart(conditions, result.conductScore(), result.conductMean(), result.place(),
                result.rated(), result.official(), result.vetoed(), result.excellent());
    }
}
