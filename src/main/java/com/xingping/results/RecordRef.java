package com.xingping.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.xingping.scorecard.BackingRecord;

/**
 * An approved record behind an element, as a unit's sheet shows (and a publication freezes) it: its
 * id, title and date, the level or rate it reported, whether it was found false and how it was used
 * ({@code COUNTED}, {@code OUTSIDE_WINDOW}, {@code UNUSED}).
 */
record RecordRef(Long id, String title, LocalDate date, String level, BigDecimal rate, boolean falsified, String use) {

    static RecordRef of(BackingRecord record) {
        return new RecordRef(record.id(), record.title(), record.date(), record.tierLevel(), record.rate(),
                record.falsified(), record.use().name());
    }

    /** One unit's records by element, each element's in date order. */
    static Map<String, List<RecordRef>> byElement(Map<String, List<BackingRecord>> records) {
        Map<String, List<RecordRef>> byElement = new TreeMap<>();
        records.forEach((elementId, behind) -> byElement.put(elementId, behind.stream().map(RecordRef::of)
                .sorted(Comparator.comparing(RecordRef::date)
                        .thenComparing(RecordRef::id, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList()));
        return byElement;
    }

    public boolean counted() {
        return BackingRecord.Use.COUNTED.name().equals(use);
    }
}
