package com.xingping.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a reporter enters for a record. {@code tierLevel} only for TIER elements, {@code rate} (in
 * [0,1]) only for THRESHOLD ones, {@code part} (its id or name) only for an element whose parts a record
 * names (norms-1a: {@code party} 机关党建工作汇报 or {@code mass} 群团工作汇报); {@code version} is the version the editor read (required to edit).
 */
public record RecordForm(String elementId, String title, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activityDate,
                         String place, String participants, String description, String tierLevel, BigDecimal rate,
                         String part, Integer version) {

    static RecordForm blank() {
        return new RecordForm(null, null, null, null, null, null, null, null, null, null);
    }

    static RecordForm of(ActivityRecord record) {
        return new RecordForm(record.elementId(), record.title(), record.activityDate(), record.place(),
                record.participants(), record.description(), record.tierLevel(), record.rate(), record.part(),
                record.version());
    }
}
