package com.xingping.scorecard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.xingping.reporting.ActivityRecord;

/** The approved records behind each element of one unit's facts, in date order. */
final class Backing {
    private final Map<String, List<BackingRecord>> byElement = new HashMap<>();

    void add(String elementId, ActivityRecord record, BackingRecord.Use use) {
        byElement.computeIfAbsent(elementId, e -> new ArrayList<>()).add(BackingRecord.of(record, use));
    }

    List<BackingRecord> of(String elementId) {
        return List.copyOf(byElement.getOrDefault(elementId, List.of()));
    }
}
