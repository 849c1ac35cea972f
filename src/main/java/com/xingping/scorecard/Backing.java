package com.xingping.scorecard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.xingping.reporting.ActivityRecord;

/** The approved records (and the committee's facts) behind each element of one unit's facts, in date order. */
final class Backing {
    private final Map<String, List<BackingRecord>> byElement = new HashMap<>();
    private final Map<String, List<CommitteeBacking>> committee = new HashMap<>();

    void add(String elementId, ActivityRecord record, BackingRecord.Use use) {
        byElement.computeIfAbsent(elementId, e -> new ArrayList<>()).add(BackingRecord.of(record, use));
    }

    List<BackingRecord> of(String elementId) {
        return List.copyOf(byElement.getOrDefault(elementId, List.of()));
    }

    void add(String elementId, CommitteeBacking fact) {
        committee.computeIfAbsent(elementId, e -> new ArrayList<>()).add(fact);
    }

    List<CommitteeBacking> committee(String elementId) {
        return List.copyOf(committee.getOrDefault(elementId, List.of()));
    }
}
