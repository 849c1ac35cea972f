package com.xingping.scorecard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The approved records (and the committee's facts) behind each element of one unit's facts, in date order. */
public final class Backing {
    private final Map<String, List<BackingRecord>> byElement = new HashMap<>();
    private final Map<String, List<CommitteeBacking>> committee = new HashMap<>();

    public void add(String elementId, BackingRecord record) {
        byElement.computeIfAbsent(elementId, e -> new ArrayList<>()).add(record);
    }

    public List<BackingRecord> of(String elementId) {
        return List.copyOf(byElement.getOrDefault(elementId, List.of()));
    }

    public void add(String elementId, CommitteeBacking fact) {
        committee.computeIfAbsent(elementId, e -> new ArrayList<>()).add(fact);
    }

    public List<CommitteeBacking> committee(String elementId) {
        return List.copyOf(committee.getOrDefault(elementId, List.of()));
    }
}
