package com.xingping.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One participants list on more than {@code participants-reuse} records of a unit. Lists are compared as
 * sets of names (split at spaces, commas, 、 and semicolons; order ignored), and only lists of at least
 * {@code participants-min-names} names: "全体党员" or "支委" is no list.
 */
final class ReusedParticipants {
    private ReusedParticipants() {
    }

    record UnitList(Long unitId, String names) {
    }

    static List<Signal> find(Filed filed, Predicate<Long> focus, int maxRecords, int minNames) {
        Map<UnitList, List<Filed.Record>> byList = filed.records().values().stream()
                .filter(record -> names(record.participants()).size() >= minNames)
                .collect(Collectors.groupingBy(record -> new UnitList(record.unitId(), String.join("、", names(record.participants())))));
        List<Signal> found = new ArrayList<>();
        byList.forEach((list, records) -> {
            if (records.size() <= maxRecords) {
                return;
            }
            List<Filed.Record> sorted = records.stream().sorted(Comparator.comparing(Filed.Record::id)).toList();
            List<String> names = names(sorted.get(0).participants());
            String shown = String.join("、", names.subList(0, Math.min(5, names.size()))) + (names.size() > 5 ? " 等" : "");
            for (Filed.Record record : sorted) {
                if (!focus.test(record.id())) {
                    continue;
                }
                Filed.Record other = sorted.get(0).equals(record) ? sorted.get(1) : sorted.get(0);
                found.add(Signal.of(SignalKind.REUSED_PARTICIPANTS, record, null, other.id(), "本单位共有 " + records.size()
                        + " 条记录的参加人员名单相同（" + shown + "，共 " + names.size() + " 人），超过 " + maxRecords + " 条"));
            }
        });
        return found;
    }

    /** The distinct names of a list, sorted. */
    static List<String> names(String participants) {
        if (participants == null) {
            return List.of();
        }
        return Arrays.stream(participants.split("[\\s,，、;；]+")).filter(name -> !name.isEmpty()).distinct().sorted().toList();
    }
}
