package com.xingping.reporting;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.xingping.rubric.Element;
import com.xingping.rubric.Part;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.TierLevel;
import com.xingping.scorecard.Backing;
import com.xingping.scorecard.BackingRecord;
import com.xingping.scorecard.BackingRecord.Use;
import com.xingping.scorecard.FactSource;
import com.xingping.scoring.FalseClaim;
import com.xingping.scoring.UnitFacts;
import com.xingping.year.AssessmentYear;

/**
 * Facts from the year's approved records, element by element, for the year's rubric. True records
 * give the element's fact; false ones (marked by a reviewer) give the false claim beside it (备注5):
 * <ul>
 * <li>CHECK: done when a true approved record exists; a false one claims it was done;</li>
 * <li>COUNT: the approved records dated in the year's window, those marked false counted as falsified;
 *     an element with parts counts each part apart (a half-year part by the record's date);</li>
 * <li>TIER: the highest level a true record reached; the highest level a false one claimed;</li>
 * <li>THRESHOLD: the rate of the latest true record (by date, then by filing order); the highest
 *     rate a false one claimed.</li>
 * </ul>
 * Records that are not approved, of another year, of an element the rubric does not have or that
 * units do not report, are ignored.
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
        if (records.stream().anyMatch(r -> !r.falsified())) {
            facts.check(element.id());
        }
        if (records.stream().anyMatch(ActivityRecord::falsified)) {
            facts.falseClaim(element.id(), FalseClaim.checked());
        }
        ActivityRecord firstTrue = records.stream().filter(r -> !r.falsified()).findFirst().orElse(null);
        records.forEach(r -> backing.add(element.id(), behind(r, r.falsified() || r == firstTrue ? Use.COUNTED : Use.UNUSED)));
    }

    private void count(Element element, List<ActivityRecord> records, UnitFacts.Builder facts, Backing backing) {
        Map<String, int[]> byPart = new LinkedHashMap<>();
        for (ActivityRecord record : records) {
            boolean inWindow = year.inWindow(record.activityDate());
            if (inWindow) {
                int[] counted = byPart.computeIfAbsent(partOf(rubric, year, element, record).map(Part::id).orElse(null),
                        p -> new int[2]);
                counted[0]++;
                counted[1] += record.falsified() ? 1 : 0;
            }
            backing.add(element.id(), behind(record, inWindow ? Use.COUNTED : Use.OUTSIDE_WINDOW));
        }
        byPart.forEach((partId, counted) -> {
            if (partId == null) {
                facts.count(element.id(), counted[0]);
                if (counted[1] > 0) {
                    facts.falsified(element.id(), counted[1]);
                }
            } else {
                facts.count(element.id(), partId, counted[0]);
                if (counted[1] > 0) {
                    facts.falsified(element.id(), partId, counted[1]);
                }
            }
        });
    }

    /**
     * The part an occurrence counts in: the half its date falls in for half-year parts, else the part
     * the record names, the first part for a record that names none (filed before parts were asked,
     * docs/decisions/0002); empty without parts.
     */
    static Optional<Part> partOf(Rubric rubric, AssessmentYear year, Element element, ActivityRecord record) {
        if (!element.hasParts()) {
            return Optional.empty();
        }
        return element.partOn(record.activityDate(), rubric.secondHalfStart(year.year()))
                .or(() -> record.part() == null ? Optional.empty() : element.part(record.part()))
                .or(() -> Optional.of(element.parts().get(0)));
    }

    private static void tier(Element element, List<ActivityRecord> records, UnitFacts.Builder facts, Backing backing) {
        Optional<ActivityRecord> giving = highest(element, records, false);
        Optional<ActivityRecord> claiming = highest(element, records, true);
        giving.ifPresent(r -> facts.tier(element.id(), r.tierLevel()));
        claiming.ifPresent(r -> facts.falseClaim(element.id(), FalseClaim.level(r.tierLevel())));
        used(element, records, giving, claiming, backing);
    }

    /** The true (or false) record with the highest level, the first filed among equals. */
    private static Optional<ActivityRecord> highest(Element element, List<ActivityRecord> records, boolean falsified) {
        return records.stream().filter(r -> r.falsified() == falsified && level(element, r).isPresent())
                .reduce((a, b) -> level(element, b).get().points().compareTo(level(element, a).get().points()) > 0 ? b : a);
    }

    private static void threshold(Element element, List<ActivityRecord> records, UnitFacts.Builder facts,
                                  Backing backing) {
        Optional<ActivityRecord> giving = records.stream().filter(r -> !r.falsified() && r.rate() != null).max(FILED);
        Optional<ActivityRecord> claiming = records.stream().filter(r -> r.falsified() && r.rate() != null)
                .max(Comparator.comparing(ActivityRecord::rate));
        giving.ifPresent(r -> facts.rate(element.id(), r.rate()));
        claiming.ifPresent(r -> facts.falseClaim(element.id(), FalseClaim.measured(r.rate())));
        used(element, records, giving, claiming, backing);
    }

    /** The records giving the true fact and the false claim are counted; the others are shown as unused. */
    private static void used(Element element, List<ActivityRecord> records, Optional<ActivityRecord> giving,
                             Optional<ActivityRecord> claiming, Backing backing) {
        records.forEach(r -> backing.add(element.id(), behind(r,
                giving.filter(g -> g == r).or(() -> claiming.filter(c -> c == r)).isPresent() ? Use.COUNTED : Use.UNUSED)));
    }

    private static BackingRecord behind(ActivityRecord record, Use use) {
        return new BackingRecord(record.id(), record.title(), record.activityDate(), record.tierLevel(), record.rate(),
                record.falsified(), use);
    }

    private static Optional<TierLevel> level(Element element, ActivityRecord record) {
        return record.tierLevel() == null ? Optional.empty() : element.level(record.tierLevel());
    }
}
