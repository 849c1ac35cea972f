package com.xingping.integrity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A year's handed-in records and their files as the signals see them: plain values (tests make them by
 * hand), the photos with what their prints say.
 */
record Filed(int year, LocalDate windowStart, LocalDate windowEnd, Map<Long, Record> records, List<File> files) {

    Filed(int year, LocalDate windowStart, LocalDate windowEnd, List<Record> records, List<File> files) {
        this(year, windowStart, windowEnd, records.stream().collect(Collectors.toMap(Record::id, Function.identity())),
                List.copyOf(files));
    }

    record Record(Long id, Long unitId, String unitName, String title, LocalDate activityDate, String participants) {
        /** How a reason names it: 市教育局 的记录《植树》（#12）. */
        String named() {
            return unitName + " 的记录《" + title + "》（#" + id + "）";
        }
    }

    /** A file; {@code hash} and {@code capturedAt} only for a photo whose print has them. */
    record File(Long id, Long recordId, String name, String sha256, Long hash, LocalDateTime capturedAt) {
    }

    Record recordOf(File file) {
        return records.get(file.recordId());
    }

    boolean inWindow(LocalDate date) {
        return !date.isBefore(windowStart) && !date.isAfter(windowEnd);
    }
}
