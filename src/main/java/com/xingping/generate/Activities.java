package com.xingping.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.xingping.reporting.ActivityRecord;
import com.xingping.reporting.NamedParts;
import com.xingping.reporting.RecordState;
import com.xingping.rubric.Element;
import com.xingping.rubric.ElementKind;
import com.xingping.rubric.Rubric;
import com.xingping.year.AssessmentYear;

/**
 * A unit's reported activities: each on one of the elements the unit works on (a diligent unit on
 * most of them, counted elements more often), dated in the window, and taken through the record's
 * own transitions to its state. States are dealt from a shuffled deck of 50, so every 50 records of
 * the year hold every state in the same proportions, a record found false among them.
 */
final class Activities {
    static final String REVIEWER = "admin";
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    /** 4 drafts, 7 awaiting review, 3 returned, 2 rejected, 33 approved and 1 approved then found false. */
    private static final List<Outcome> DECK = deck();

    enum Outcome { DRAFT, SUBMITTED, RETURNED, REJECTED, APPROVED, FALSIFIED }

    private final AssessmentYear year;
    private final SplittableRandom random;
    private final List<Element> reportable;
    private final List<Outcome> hand = new ArrayList<>();

    Activities(Rubric rubric, AssessmentYear year, SplittableRandom random) {
        this.year = year;
        this.random = random;
        this.reportable = rubric.elements().stream().filter(e -> e.kind().reportedByUnits()).toList();
    }

    /** The unit's {@code count} records, in the order they were filed. */
    List<ActivityRecord> of(long unitId, String unitName, String reporter, int count) {
        double diligence = random.nextDouble() < 0.2 ? 0.3 + 0.3 * random.nextDouble() : 0.7 + 0.3 * random.nextDouble();
        List<Element> worked = new ArrayList<>();
        for (Element element : reportable) {
            if (random.nextDouble() < diligence) {
                // a counted activity comes round several times a year
                for (int weight = element.kind() == ElementKind.COUNT ? 3 : 1; weight > 0; weight--) {
                    worked.add(element);
                }
            }
        }
        if (worked.isEmpty()) {
            worked.add(reportable.get(random.nextInt(reportable.size())));
        }
        List<ActivityRecord> records = new ArrayList<>(count);
        Map<String, Integer> occurrences = new HashMap<>();
        for (int i = 0; i < count; i++) {
            Element element = worked.get(random.nextInt(worked.size()));
            int nth = occurrences.merge(element.id(), 1, Integer::sum);
            records.add(record(unitId, unitName, reporter, element, nth, deal()));
        }
        return records;
    }

    private Outcome deal() {
        if (hand.isEmpty()) {
            hand.addAll(DECK);
            for (int i = hand.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Outcome swap = hand.get(i);
                hand.set(i, hand.get(j));
                hand.set(j, swap);
            }
        }
        return hand.remove(hand.size() - 1);
    }

    private ActivityRecord record(long unitId, String unitName, String reporter, Element element, int nth, Outcome outcome) {
        long days = year.windowEnd().toEpochDay() - year.windowStart().toEpochDay() - 20;
        LocalDate date = year.windowStart().plusDays(5 + random.nextLong(days));
        String level = element.kind() == ElementKind.TIER
                ? element.levels().get(random.nextInt(element.levels().size())).id() : null;
        BigDecimal rate = element.kind() == ElementKind.THRESHOLD
                ? BigDecimal.valueOf(35 + random.nextInt(61), 2).setScale(4, RoundingMode.UNNECESSARY) : null;
        ActivityRecord.Content content = new ActivityRecord.Content(element.name() + (nth > 1 ? "（第" + nth + "次）" : ""),
                date, unitName + (random.nextBoolean() ? "会议室" : "党员活动室"), "全体党员 " + (8 + random.nextInt(40)) + " 人",
                "按照细则要求开展" + element.name() + "，有会议记录、签到表和照片。", level, rate, NamedParts.filling(element, nth - 1));
        Instant created = date.atTime(LocalTime.of(17, 0)).toInstant(CHINA).plusSeconds(random.nextInt(3 * 3600));
        ActivityRecord draft = ActivityRecord.draft(year.id(), unitId, element.id(), content, reporter, created);
        if (outcome == Outcome.DRAFT) {
            return draft;
        }
        Instant submitted = created.plusSeconds(3600 + random.nextInt(72 * 3600));
        Instant reviewed = submitted.plusSeconds(86_400L + random.nextInt(9 * 86_400));
        ActivityRecord waiting = draft.submit(submitted);
        return switch (outcome) {
            case SUBMITTED -> waiting;
            case RETURNED -> waiting.returnForChanges(REVIEWER, "佐证材料不全，请补充会议记录照片后重新提交。", reviewed);
            case REJECTED -> waiting.reject(REVIEWER, "活动内容与该项标准不符。", reviewed);
            case APPROVED -> waiting.approve(REVIEWER, reviewed);
            case FALSIFIED -> waiting.approve(REVIEWER, reviewed).markFalsified("督查发现会议记录系事后补写，签到表与实际不符。");
            case DRAFT -> throw new IllegalStateException();
        };
    }

    /** The audit action of the record's last step, as the platform's desks name it. */
    static String action(ActivityRecord record) {
        if (record.falsified()) {
            return "record.falsified";
        }
        return switch (record.state()) {
            case DRAFT -> "record.filed";
            case SUBMITTED -> "record.submitted";
            case APPROVED -> "record.approved";
            case RETURNED -> "record.returned";
            case REJECTED -> "record.rejected";
        };
    }

    /** When the record's last step happened, and who took it. */
    static Instant lastStepAt(ActivityRecord record) {
        return record.reviewedAt() != null ? record.reviewedAt()
                : record.submittedAt() != null ? record.submittedAt() : record.createdAt();
    }

    static String lastStepBy(ActivityRecord record) {
        return record.state() == RecordState.DRAFT || record.state() == RecordState.SUBMITTED ? record.createdBy() : REVIEWER;
    }

    private static List<Outcome> deck() {
        List<Outcome> deck = new ArrayList<>();
        add(deck, Outcome.DRAFT, 4);
        add(deck, Outcome.SUBMITTED, 7);
        add(deck, Outcome.RETURNED, 3);
        add(deck, Outcome.REJECTED, 2);
        add(deck, Outcome.APPROVED, 33);
        add(deck, Outcome.FALSIFIED, 1);
        return List.copyOf(deck);
    }

    private static void add(List<Outcome> deck, Outcome outcome, int times) {
        for (int i = 0; i < times; i++) {
            deck.add(outcome);
        }
    }
}
