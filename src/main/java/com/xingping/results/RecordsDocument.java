package com.xingping.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.xingping.scorecard.LiveFacts.UnitEntry;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The records document of a snapshot: for every unit (by its engine id) and element, the approved
 * records behind it, in date order: {@code {"12": {"norms-3a": [{"id": 7, "title": …}]}}}.
 */
final class RecordsDocument {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Map<String, List<RecordRef>>>> TYPE = new TypeReference<>() {
    };

    private RecordsDocument() {
    }

    static String write(List<UnitEntry> units) {
        Map<String, Map<String, List<RecordRef>>> document = new LinkedHashMap<>();
        for (UnitEntry unit : units) {
            Map<String, List<RecordRef>> byElement = new TreeMap<>();
            unit.records().forEach((elementId, records) -> byElement.put(elementId, records.stream()
                    .map(RecordRef::of).sorted(Comparator.comparing(RecordRef::date)
                            .thenComparing(RecordRef::id, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList()));
            document.put(unit.facts().id(), byElement);
        }
        return JSON.writeValueAsString(document);
    }

    static Map<String, Map<String, List<RecordRef>>> read(String text) {
        return JSON.readValue(text, TYPE);
    }

    /** Every record of one unit, each once. */
    static List<RecordRef> ofUnit(Map<String, List<RecordRef>> byElement) {
        List<RecordRef> all = new ArrayList<>();
        byElement.values().forEach(all::addAll);
        return all;
    }
}
