package com.xingping.reporting;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.xingping.rubric.Element;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.TierLevel;
import com.xingping.scorecard.Backing;
import com.xingping.scorecard.BackingRecord;
import com.xingping.scorecard.BackingRecord.Use;
import com.xingping.scorecard.FactSource;
import com.xingping.scoring.UnitFacts;
import com.xingping.year.AssessmentYear;

/**
 * Facts from the year's approved records, element by element, for the year's rubric:
 * <ul>
 * <li>CHECK: done when an approved record exists;</li>
 * <li>COUNT: the approved records dated in the year's window; those marked false are the falsified count;</li>
 * <li>TIER: the highest level an approved record reached;</li>
 * <li>THRESHOLD: the rate of the latest approved record (by date, then by filing order).</li>
 * </ul>
 * A single fact (CHECK, TIER, THRESHOLD) is falsified when the record that gives it is false; when
 * a true and a false record give the same fact, the true one gives it. Records that are not approved,
 * of another year, of an element the rubric does not have or that units do not report, are ignored.
 */
final class RecordFacts implements FactSource.Facts {
    private static final Comparator<ActivityRecord> FILED = Comparator.comparing(ActivityRecord::activityDate)
            .thenComparing(ActivityRecord::id, Comparator.nullsFirst(Comparator.naturalOrder()));
    private final Rubric rubric;
    private final AssessmentYear year;
    private final Map<Long, Map<String, List<ActivityRecord>>> approved;

    RecordFacts(Rubric rubric, AssessmentYear year, List<ActivityRecord> records) {
        this.rubric = rubric;
        this.year = year;
        this.approved = records.stream()
                .filter(r -> r.counts() && year.id().equals(r.yearId()) && reportedElement(r.elementId()).isPresent())
                .sorted(FILED)
                .collect(groupingBy(ActivityRecord::unitId,
                        groupingBy(ActivityRecord::elementId, LinkedHashMap::new, toList())));
    }

    @Override
    public void addTo(Long unitId, UnitFacts.Builder facts, Backing backing) {
        approved.getOrDefault(unitId, Map.of()).forEach((elementId, records) -> {
            Element element = reportedElement(elementId).orElseThrow();
            switch (element.kind()) {
                case CHECK -> check(element, records, facts, backing);
                case COUNT -> count(element, records, facts, backing);
                case TIER -> tier(element, records, facts, backing);
                case THRESHOLD -> threshold(element, records, facts, backing);
                default -> throw new IllegalStateException(element.kind() + " is not reported by units");
            }
        });
    }

    private Optional<Element> reportedElement(String elementId) {
        return rubric.element(elementId).filter(e -> e.kind().reportedByUnits());
    }

    private static void check(Element element, List<ActivityRecord> records, UnitFacts.Builder facts, Backing backing) {
        ActivityRecord giving = trueFirst(records);
        facts.check(element.id());
        single(element, giving, records, facts, backing);
    }

    private void count(Element element, List<ActivityRecord> records, UnitFacts.Builder facts, Backing backing) {
        int occurrences = 0;
        int falsified = 0;
        for (ActivityRecord record : records) {
            boolean inWindow = year.inWindow(record.activityDate());
            if (inWindow) {
                occurrences++;
                falsified += record.falsified() ? 1 : 0;
            }
            backing.add(element.id(), behind(record, inWindow ? Use.COUNTED : Use.OUTSIDE_WINDOW));
        }
        if (occurrences > 0) {
            facts.count(element.id(), occurrences);
        }
        if (falsified > 0) {
            facts.falsified(element.id(), falsified);
        }
    }

    private static void tier(Element element, List<ActivityRecord> records, UnitFacts.Builder facts, Backing backing) {
        Optional<TierLevel> highest = records.stream().map(r -> level(element, r)).flatMap(Optional::stream)
                .max(Comparator.comparing(TierLevel::points));
        if (highest.isEmpty()) {
            records.forEach(r -> backing.add(element.id(), behind(r, Use.UNUSED)));
            return;
        }
        List<ActivityRecord> reaching = records.stream().filter(r -> level(element, r).equals(highest)).toList();
        ActivityRecord giving = trueFirst(reaching);
        facts.tier(element.id(), giving.tierLevel());
        single(element, giving, records, facts, backing);
    }

    private static void threshold(Element element, List<ActivityRecord> records, UnitFacts.Builder facts,
                                  Backing backing) {
        Optional<ActivityRecord> latest = records.stream().filter(r -> r.rate() != null).max(FILED);
        if (latest.isEmpty()) {
            records.forEach(r -> backing.add(element.id(), behind(r, Use.UNUSED)));
            return;
        }
        facts.rate(element.id(), latest.get().rate());
        single(element, latest.get(), records, facts, backing);
    }

    /** The fact's record is counted (and makes the fact false if it is); the others are shown as unused. */
    private static void single(Element element, ActivityRecord giving, List<ActivityRecord> records,
                               UnitFacts.Builder facts, Backing backing) {
        if (giving.falsified()) {
            facts.falsified(element.id(), 1);
        }
        records.forEach(r -> backing.add(element.id(), behind(r, r == giving ? Use.COUNTED : Use.UNUSED)));
    }

    private static BackingRecord behind(ActivityRecord record, Use use) {
        return new BackingRecord(record.id(), record.title(), record.activityDate(), record.tierLevel(), record.rate(),
                record.falsified(), use);
    }

    private static ActivityRecord trueFirst(List<ActivityRecord> records) {
        return records.stream().filter(r -> !r.falsified()).findFirst().orElse(records.get(0));
    }

    private static Optional<TierLevel> level(Element element, ActivityRecord record) {
        return record.tierLevel() == null ? Optional.empty() : element.level(record.tierLevel());
    }
}
