package com.xingping.results;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.xingping.scorecard.BackingRecord;

/**
 * An approved record behind an element, as frozen in a snapshot: its id, title and date, the
 * level or rate it reported, whether it was found false and how it was used
 * ({@code COUNTED}, {@code OUTSIDE_WINDOW}, {@code UNUSED}).
 */
record RecordRef(Long id, String title, LocalDate date, String level, BigDecimal rate, boolean falsified, String use) {

    static RecordRef of(BackingRecord record) {
        return new RecordRef(record.id(), record.title(), record.date(), record.tierLevel(), record.rate(),
                record.falsified(), record.use().name());
    }

    public boolean counted() {
        return BackingRecord.Use.COUNTED.name().equals(use);
    }
}
