package com.xingping.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The records document that publications before V9 kept whole: for every unit (by its engine id)
 * and element, the approved records behind it, in date order:
 * {@code {"12": {"norms-3a": [{"id": 7, "title": …}]}}}. Read once, when such a publication is indexed.
 */
final class RecordsDocument {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Map<String, List<RecordRef>>>> TYPE = new TypeReference<>() {
    };

    private RecordsDocument() {
    }

    static Map<String, Map<String, List<RecordRef>>> read(String text) {
        return text == null ? Map.of() : JSON.readValue(text, TYPE);
    }

    /** Every record of one unit, each once. */
    static List<RecordRef> ofUnit(Collection<List<RecordRef>> byElement) {
        List<RecordRef> all = new ArrayList<>();
        byElement.forEach(all::addAll);
        return all;
    }
}
