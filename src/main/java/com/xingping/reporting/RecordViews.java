package com.xingping.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.xingping.rubric.Element;
import com.xingping.rubric.Part;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.Star;
import com.xingping.rubric.TierLevel;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/** Turns records into {@link RecordView}s, looking each year, unit and rubric up once per call. */
@Component
class RecordViews {
    private final UnitRegistry units;
    private final YearRegistry years;
    private final Evidences evidences;
    private final Clock clock;

    RecordViews(UnitRegistry units, YearRegistry years, Evidences evidences, Clock clock) {
        this.units = units;
        this.years = years;
        this.evidences = evidences;
        this.clock = clock;
    }

    RecordView of(ActivityRecord record) {
        return of(List.of(record)).get(0);
    }

    List<RecordView> of(List<ActivityRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EvidenceView>> files = evidences.findByRecordIdInOrderByIdAsc(records.stream().map(ActivityRecord::id).toList())
                .stream().map(EvidenceView::of).collect(Collectors.groupingBy(EvidenceView::recordId));
        Map<Long, AssessmentYear> yearCache = new HashMap<>();
        Map<Long, String> unitNames = new HashMap<>();
        Instant now = clock.instant();
        return records.stream().map(record -> {
            AssessmentYear year = yearCache.computeIfAbsent(record.yearId(), years::get);
            Rubric rubric = years.rubricOf(year);
            Optional<Element> element = rubric.element(record.elementId());
            Optional<Star> star = element.flatMap(e -> rubric.star(e.starId()));
            Optional<Part> part = element.flatMap(e -> RecordFacts.partOf(rubric, year, e, record));
            boolean assumed = element.filter(NamedParts::asked).isPresent() && record.part() == null;
            String unitName = unitNames.computeIfAbsent(record.unitId(),
                    id -> units.find(id).map(Unit::name).orElse("#" + id));
            return new RecordView(record.id(), record.yearId(), year.year(), record.unitId(), unitName, record.elementId(),
                    element.map(Element::name).orElse(record.elementId()), element.map(e -> e.kind().name()).orElse(null),
                    element.map(Element::starId).orElse(null), star.map(Star::name).orElse(null),
                    element.map(Element::source).orElse(null), record.title(), record.activityDate(), record.place(),
                    record.participants(), record.description(), record.tierLevel(),
                    levelName(element, record.tierLevel()),
                    record.rate(), part.map(Part::id).orElse(null), part.map(Part::name).orElse(null), assumed, record.state(), record.state().label(), record.reviewReason(), record.falsified(),
                    record.falsifiedReason(), record.createdBy(), record.createdAt(), record.submittedAt(), daysWaiting(record, now),
                    record.reviewedBy(), record.reviewedAt(), record.version(), files.getOrDefault(record.id(), List.of()));
        }).toList();
    }

    private static Long daysWaiting(ActivityRecord record, Instant now) {
        return record.state() == RecordState.SUBMITTED && record.submittedAt() != null
                ? Math.max(0, Duration.between(record.submittedAt(), now).toDays()) : null;
    }

    private static String levelName(Optional<Element> element, String levelId) {
        if (element.isEmpty() || levelId == null) {
            return null;
        }
        return element.get().level(levelId).map(TierLevel::name).orElse(levelId);
    }
}
