package com.xingping.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.xingping.results.ResultTable.Row;

/**
 * The year at a glance for leaders and the committee, from the draft: units by number of stars,
 * the 双优 units, units behind the pace, records awaiting review, the latest published version and
 * the long work under way.
 */
record Dashboard(EditionHead head, ResultTable table, List<Bucket> buckets, List<Row> doubleExcellent, Pace pace,
                 List<Waiting> awaiting, Editions.Version latest, List<ProgressBoard.Task> tasks,
                 String distributionJson) {

    Dashboard {
        buckets = List.copyOf(buckets);
        doubleExcellent = List.copyOf(doubleExcellent);
        awaiting = List.copyOf(awaiting);
        tasks = List.copyOf(tasks);
    }

    /** The units holding exactly {@code stars} stars. */
    record Bucket(int stars, List<Row> units) {
        Bucket {
            units = List.copyOf(units);
        }
    }

    record Waiting(Long unitId, String name, long records) {
    }

    public long awaitingTotal() {
        return awaiting.stream().mapToLong(Waiting::records).sum();
    }

    static Dashboard of(Map<Long, Long> waiting, Edition draft, ResultTable table, EditionHead head, LocalDate today,
                        Editions.Version latest, List<ProgressBoard.Task> tasks) {
        List<Bucket> buckets = new ArrayList<>();
        for (int stars = table.stars().size(); stars >= 0; stars--) {
            int count = stars;
            buckets.add(new Bucket(stars, table.rows().stream().filter(r -> r.starCount() == count).toList()));
        }
        List<Row> doubles = table.rows().stream().filter(Row::doubleExcellent).toList();
        Pace pace = Pace.of(table, draft.year().windowStart(), draft.year().windowEnd(), today);
        List<Waiting> awaiting = draft.standings().units().stream()
                .filter(u -> waiting.getOrDefault(u.unitId(), 0L) > 0)
                .map(u -> new Waiting(u.unitId(), u.name(), waiting.get(u.unitId())))
                .sorted(Comparator.comparingLong(Waiting::records).reversed().thenComparing(Waiting::name))
                .toList();
        return new Dashboard(head, table, buckets, doubles, pace, awaiting, latest, tasks, Charts.starDistribution(table));
    }
}
