package com.xingping.scorecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import com.xingping.kernel.PageOf;
import com.xingping.kernel.Paging;
import com.xingping.rubric.Baseline;
import com.xingping.rubric.Policy;
import com.xingping.scorecard.Scorecard.CriterionCard;
import com.xingping.scorecard.Scorecard.ElementCard;
import com.xingping.scorecard.Scorecard.BonusItemCard;
import com.xingping.scorecard.Scorecard.DeductionCard;
import com.xingping.scorecard.Scorecard.PerformanceCard;
import com.xingping.scorecard.Scorecard.StarCard;
import com.xingping.scorecard.Scorecard.ViolationCard;
import com.xingping.scoring.CriterionResult;
import com.xingping.scoring.Deductions;
import com.xingping.scoring.ElementResult;
import com.xingping.scoring.PerformanceResult;
import com.xingping.scoring.StarResult;
import com.xingping.scoring.UnitExplanation;
import com.xingping.scoring.UnitResult;
import com.xingping.unit.Unit;

/** Turns a live year into a unit's scorecard or the committee's overview. */
@Component
class Cards {
    private final Hints hints;

    Cards(Hints hints) {
        this.hints = hints;
    }

    /** The unit's card: its points from the live year, the records behind them from {@code backing}. */
    Scorecard scorecard(LiveYear live, Long unitId, Backing backing) {
        Unit unit = live.standing(unitId).orElseThrow().unit();
        UnitResult result = live.result(unitId);
        Policy policy = live.rubric().policy();
        UnitExplanation explained = UnitExplanation.of(live.rubric(), live.result(), result);
        List<StarCard> stars = new ArrayList<>();
        for (StarResult star : result.stars()) {
            List<CriterionCard> criteria = new ArrayList<>();
            for (CriterionResult criterion : star.criteria()) {
                List<ElementCard> elements = criterion.elements().stream()
                        .map(e -> element(e, backing, policy)).toList();
                criteria.add(new CriterionCard(criterion.criterion().id(), criterion.criterion().name(),
                        Exact.of(criterion.value()), Exact.of(criterion.criterion().points()), elements));
            }
            stars.add(new StarCard(star.star().id(), star.star().name(), Exact.of(star.score()),
                    Exact.of(star.star().points()), Exact.of(star.threshold()), Exact.of(star.toThreshold()),
                    star.awarded(), star.withheld(), hints.star(star), criteria, Exact.of(star.baselineDeduction()),
                    star.violations().stream().map(v -> new ViolationCard(v.baselineId(),
                            live.rubric().baseline(v.baselineId()).map(Baseline::text).orElse(v.baselineId()),
                            Exact.of(v.points()))).toList(), explained.stars().get(star.star().id())));
        }
        return new Scorecard(unit.id(), unit.code(), unit.name(), unit.active(), live.year().id(), live.year().year(),
                live.rubric().id(), live.year().isOpen(), live.year().windowStart(), live.year().windowEnd(),
                result.rank(), live.units().size(), Exact.of(result.partyScore()), Exact.of(result.bonus().total()),
                Exact.of(result.total()), result.starCount(), live.awaitingReview(unitId), stars,
                result.bonus().items().stream().map(i -> new BonusItemCard(i.ruleId(), i.description(),
                        Exact.of(i.points()), i.counted(), i.note())).toList(),
                Exact.of(result.bonus().uncapped()), Exact.of(result.seriousDeductionPoints()),
                result.seriousDeductions().stream().map(d -> new DeductionCard(Exact.of(d.points()), d.reason())).toList(),
                performance(result.performance()), result.partyExcellent(), result.doubleExcellent(),
                exact(Deductions.of(result)), explained);
    }

    private static Deductions exact(Deductions d) {
        return new Deductions(Exact.of(d.baseline()), Exact.of(d.penalties()), Exact.of(d.falsification()),
                Exact.of(d.serious()));
    }

    private static PerformanceCard performance(PerformanceResult p) {
        return new PerformanceCard(p.excellent(), p.targetWinner(), p.leadershipSound(), p.conductScore() != null,
                Exact.of(p.conductScore()), Exact.of(p.conductMean()), p.conductPassed(), p.conductImproved(),
                p.place(), p.rated(), p.official(), p.vetoed());
    }

    private ElementCard element(ElementResult result, Backing backing, Policy policy) {
        var element = result.element();
        return new ElementCard(element.id(), element.name(), element.kind(), Exact.of(result.value()),
                Exact.of(result.earned()), Exact.of(element.max()), Exact.of(result.open()), result.falsified(),
                Exact.of(result.falsificationPenalty()), hints.element(result, policy), result.explanation(),
                backing.of(element.id()), backing.committee(element.id()));
    }

    Overview overview(LiveYear live, Paging paging) {
        List<Overview.StarHead> heads = live.rubric().stars().stream()
                .map(s -> new Overview.StarHead(s.id(), s.name(), Exact.of(s.points()))).toList();
        List<Overview.Row> rows = live.units().stream().map(standing -> {
            Unit unit = standing.unit();
            UnitResult result = live.result(unit.id());
            List<Overview.StarCell> stars = result.stars().stream()
                    .map(s -> new Overview.StarCell(s.star().id(), Exact.of(s.score()), s.awarded())).toList();
            return new Overview.Row(result.rank(), unit.id(), unit.code(), unit.name(), stars,
                    Exact.of(result.partyScore()), Exact.of(result.bonus().total()), Exact.of(result.total()),
                    result.starCount(), live.awaitingReview(unit.id()));
        }).sorted(Comparator.comparingInt(Overview.Row::rank).thenComparing(Overview.Row::code)).toList();
        PageOf<Overview.Row> page = PageOf.slice(rows, paging);
        return new Overview(live.year().id(), live.year().year(), live.rubric().id(), live.year().isOpen(), heads, page);
    }
}
