package com.xingping.reporting;

import static com.xingping.scoring.Decimals.plain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.xingping.rubric.Element;
import com.xingping.rubric.ElementKind;
import com.xingping.rubric.Part;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.TierLevel;
import com.xingping.scorecard.Backing;
import com.xingping.scorecard.LiveFacts;
import com.xingping.scorecard.LiveFacts.ScoredYear;
import com.xingping.scoring.ElementResult;
import com.xingping.scoring.PartResult;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.UnitFacts;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * A record's element as the unit's live scorecard stands, and what approving the record would
 * change. Nothing here scores: the engine scores the unit's standing facts (the scored year, cached
 * per change) and, for a record awaiting review, the same facts with the element's facts taken again
 * from the unit's approved records of it plus this one, exactly as an approval would make them.
 */
@Component
class ElementStandings {
    private final LiveFacts live;
    private final YearRegistry years;
    private final Records records;

    ElementStandings(LiveFacts live, YearRegistry years, Records records) {
        this.live = live;
        this.years = years;
        this.records = records;
    }

    /** Empty when the unit is not scored in the record's year (a deactivated unit not rated there). */
    Optional<ElementStanding> of(ActivityRecord record) {
        AssessmentYear year = years.get(record.yearId());
        ScoredYear scored = live.scored(year);
        int index = scored.units().stream().map(Unit::id).toList().indexOf(record.unitId());
        Optional<Element> element = scored.rubric().element(record.elementId());
        if (index < 0 || element.isEmpty()) {
            return Optional.empty();
        }
        UnitFacts facts = scored.facts().get(index);
        ElementResult now = scored.result().unit(facts.id()).flatMap(u -> u.element(record.elementId())).orElseThrow();
        ElementResult approved = record.state() == RecordState.SUBMITTED
                ? ifApproved(scored.rubric(), year, facts, record) : null;
        return Optional.of(standing(scored.rubric(), year, element.get(), facts, record, now, approved));
    }

    private ElementResult ifApproved(Rubric rubric, AssessmentYear year, UnitFacts facts, ActivityRecord record) {
        List<ActivityRecord> counted = new ArrayList<>(records
                .findByUnitIdAndYearIdAndElementId(record.unitId(), record.yearId(), record.elementId()).stream()
                .filter(ActivityRecord::counts).toList());
        counted.add(record.approve("", Instant.EPOCH));
        UnitFacts.Builder builder = facts.toBuilder();
        new RecordFacts(rubric, year, counted).addTo(record.unitId(), builder, new Backing());
        return new ScoringEngine(rubric).score(List.of(builder.build())).unit(facts.id())
                .flatMap(u -> u.element(record.elementId())).orElseThrow();
    }

    private static ElementStanding standing(Rubric rubric, AssessmentYear year, Element element, UnitFacts facts,
                                            ActivityRecord record, ElementResult now, ElementResult approved) {
        List<String> notes = new ArrayList<>();
        Optional<Part> part = RecordFacts.partOf(rubric, year, element, record);
        Optional<PartResult> partNow = part.flatMap(p -> now.parts().stream().filter(r -> r.part().id().equals(p.id())).findFirst());
        partNow.ifPresent(p -> notes.add("本记录计入「" + p.part().name() + "」，该部分已 " + plain(p.earned()) + "/"
                + plain(p.part().max()) + "（" + now.parts().stream()
                .map(r -> r.part().name() + " " + plain(r.earned()) + "/" + plain(r.part().max()))
                .collect(Collectors.joining("，")) + "）"));
        claim(element, facts, record).ifPresent(notes::add);
        if (now.penaltyTaken().signum() > 0) {
            notes.add("工委扣分：" + now.penalties().stream().map(p -> p.penalty().name() + " " + p.times() + " 次")
                    .collect(Collectors.joining("，")) + "，扣 " + plain(now.penaltyTaken()) + " 分");
        }
        if (now.falsificationPenalty().signum() > 0) {
            notes.add("弄虚作假加倍倒扣 " + plain(now.falsificationPenalty()) + " 分，该项合计 " + plain(now.value()) + " 分");
        }
        return new ElementStanding(element.id(), now.earned(), element.max(), approved == null ? null : approved.earned(),
                part.map(Part::name).orElse(null), partNow.map(PartResult::earned).orElse(null),
                part.map(Part::max).orElse(null), now.penaltyTaken(), now.falsificationPenalty(),
                summary(element, record, now, approved, partNow), notes);
    }

    private static String summary(Element element, ActivityRecord record, ElementResult now, ElementResult approved,
                                  Optional<PartResult> part) {
        String standing = "该项已 " + plain(now.earned()) + "/" + plain(element.max());
        if (approved != null) {
            BigDecimal change = approved.value().subtract(now.value());
            if (change.signum() == 0) {
                boolean full = now.earned().compareTo(element.max()) >= 0
                        || part.filter(p -> p.earned().compareTo(p.part().max()) >= 0).isPresent();
                return standing + (full ? "，通过后不再加分" : "，通过后不加分");
            }
            String sign = change.signum() > 0 ? "+" : "−";
            return standing + "，通过后 " + sign + plain(change.abs()) + (element.kind() == ElementKind.COUNT
                    ? "（每项 " + plain(element.each()) + " 分）"
                    : "（通过后该项 " + plain(approved.earned()) + "/" + plain(element.max()) + "）");
        }
        if (record.falsified()) {
            return standing + "，本记录已认定弄虚作假";
        }
        return standing + switch (record.state()) {
            case APPROVED -> "，本记录已通过";
            case RETURNED -> "，本记录已退回，修改后重新提交并通过才计分";
            case REJECTED -> "，本记录不予认定，不计分";
            default -> "";
        };
    }

    /** For a single fact (TIER, THRESHOLD): the level or rate in force and the one this record claims. */
    private static Optional<String> claim(Element element, UnitFacts facts, ActivityRecord record) {
        if (element.kind() == ElementKind.TIER) {
            String inForce = Optional.ofNullable(facts.tiers().get(element.id())).map(id -> levelName(element, id))
                    .orElse("无");
            return Optional.of("现认定等级：" + inForce + "；本记录申报：" + levelName(element, record.tierLevel()));
        }
        if (element.kind() == ElementKind.THRESHOLD) {
            String inForce = Optional.ofNullable(facts.rates().get(element.id())).map(ElementStandings::percent).orElse("无");
            return Optional.of("现认定比率：" + inForce + "（达到 " + percent(element.threshold()) + " 得分）；本记录申报："
                    + (record.rate() == null ? "无" : percent(record.rate())) + "，通过后以活动日期最新的比率为准");
        }
        return Optional.empty();
    }

    private static String levelName(Element element, String levelId) {
        return levelId == null ? "无" : "「" + element.level(levelId).map(TierLevel::name).orElse(levelId) + "」";
    }

    private static String percent(BigDecimal rate) {
        return plain(rate.movePointRight(2)) + "%";
    }
}
