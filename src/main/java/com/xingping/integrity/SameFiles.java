package com.xingping.integrity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** A file (by SHA-256) that is also among the files of another record, the unit's own or another unit's. */
final class SameFiles {
    private SameFiles() {
    }

    static List<Signal> find(Filed filed, Predicate<Long> focus) {
        Map<String, List<Filed.File>> bySha = filed.files().stream().collect(Collectors.groupingBy(Filed.File::sha256));
        List<Signal> found = new ArrayList<>();
        for (Filed.File file : filed.files()) {
            if (!focus.test(file.recordId())) {
                continue;
            }
            List<Filed.File> elsewhere = bySha.get(file.sha256()).stream().filter(other -> !other.recordId().equals(file.recordId()))
                    .sorted(Comparator.comparing(Filed.File::recordId)).toList();
            if (elsewhere.isEmpty()) {
                continue;
            }
            Filed.File first = elsewhere.get(0);
            long moreRecords = elsewhere.stream().map(Filed.File::recordId).distinct().count() - 1;
            String reason = "文件《" + file.name() + "》与 " + filed.recordOf(first).named() + " 中的文件《" + first.name() + "》相同"
                    + (moreRecords > 0 ? "；另有 " + moreRecords + " 条记录中也有此文件" : "");
            found.add(Signal.of(SignalKind.SAME_FILE, filed.recordOf(file), file, first.recordId(), reason));
        }
        return found;
    }
}
