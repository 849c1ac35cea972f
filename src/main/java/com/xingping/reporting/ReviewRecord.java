package com.xingping.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * One record as the reviewer sees it: the record, where its element stands for its unit (null when the
 * unit is not scored in that year), and the unit's other handed-in records of the same element.
 */
public record ReviewRecord(RecordView record, ElementStanding standing, OtherRecords others) {

    /** The first of the unit's other records of the element, the latest activity first, and how many there are in all. */
    public record OtherRecords(List<OtherRecord> items, long total) {
        public OtherRecords {
            items = List.copyOf(items);
        }

        /** How many are not listed. */
        public long more() {
            return total - items.size();
        }
    }

    public record OtherRecord(Long id, String title, LocalDate activityDate, RecordState state, String stateLabel,
                              boolean falsified) {
        static OtherRecord of(ActivityRecord record) {
            return new OtherRecord(record.id(), record.title(), record.activityDate(), record.state(), record.state().label(),
                    record.falsified());
        }
    }
}
