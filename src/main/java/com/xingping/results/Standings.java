package com.xingping.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An output document read back: every unit's line as the engine wrote it (docs/scoring-io.md, with
 * explanations). Published pages, exports, charts and diffs all read these numbers, never the live
 * facts.
 */
record Standings(String rubricId, int year, List<Standing> units) {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    Standings {
        units = List.copyOf(units);
    }

    /** One unit's line of the output document. */
    record Standing(String id, String name, Map<String, BigDecimal> elements, Map<String, BigDecimal> criteria,
                    Map<String, StarScore> stars, int starCount, BigDecimal partyScore, BigDecimal bonus,
                    BigDecimal seriousDeductions, BigDecimal total, boolean partyExcellent,
                    boolean performanceExcellent, boolean vetoed, boolean doubleExcellent, String advanced, int rank,
                    Map<String, List<String>> explanations, List<BonusLine> bonusItems) {

        Standing {
            elements = unmodifiable(elements);
            criteria = unmodifiable(criteria);
            stars = unmodifiable(stars);
            explanations = unmodifiable(explanations);
            bonusItems = List.copyOf(bonusItems);
        }

        Long unitId() {
            return Long.valueOf(id);
        }

        BigDecimal element(String elementId) {
            return elements.getOrDefault(elementId, BigDecimal.ZERO);
        }

        StarScore star(String starId) {
            return stars.getOrDefault(starId, new StarScore(BigDecimal.ZERO, false));
        }
    }

    record StarScore(BigDecimal score, boolean awarded) {
    }

    record BonusLine(String rule, String description, BigDecimal points, boolean counted, String note) {
    }

    Optional<Standing> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /** Best first: by rank, then by name. */
    List<Standing> byRank() {
        return units.stream().sorted(Comparator.comparingInt(Standing::rank)
                .thenComparing(Standing::name, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    static Standings parse(String output) {
        JsonNode root = JSON.readTree(output);
        List<Standing> units = new ArrayList<>();
        for (JsonNode unit : root.get("units")) {
            units.add(standing(unit));
        }
        return new Standings(root.get("rubric").stringValue(), root.get("year").intValue(), units);
    }

    private static Standing standing(JsonNode unit) {
        Map<String, StarScore> stars = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> star : unit.get("stars").properties()) {
            stars.put(star.getKey(), new StarScore(Numbers.exact(star.getValue().get("score").decimalValue()),
                    star.getValue().get("awarded").booleanValue()));
        }
        Map<String, List<String>> explanations = new LinkedHashMap<>();
        JsonNode explained = unit.get("explanations");
        if (explained != null) {
            for (Map.Entry<String, JsonNode> element : explained.properties()) {
                List<String> lines = new ArrayList<>();
                element.getValue().forEach(line -> lines.add(line.stringValue()));
                explanations.put(element.getKey(), lines);
            }
        }
        List<BonusLine> bonusItems = new ArrayList<>();
        JsonNode items = unit.get("bonusItems");
        if (items != null) {
            for (JsonNode item : items) {
                bonusItems.add(new BonusLine(item.get("rule").stringValue(), item.get("description").stringValue(),
                        decimal(item, "points"), item.get("counted").booleanValue(),
                        item.hasNonNull("note") ? item.get("note").stringValue() : null));
            }
        }
        JsonNode advanced = unit.get("advanced");
        return new Standing(unit.get("id").stringValue(), unit.hasNonNull("name") ? unit.get("name").stringValue() : null,
                decimals(unit.get("elements")), decimals(unit.get("criteria")), stars, unit.get("starCount").intValue(),
                decimal(unit, "partyScore"), decimal(unit, "bonus"), decimal(unit, "seriousDeductions"),
                decimal(unit, "total"), unit.get("partyExcellent").booleanValue(),
                unit.get("performanceExcellent").booleanValue(), unit.get("vetoed").booleanValue(),
                unit.get("doubleExcellent").booleanValue(),
                advanced == null || advanced.isNull() ? null : advanced.stringValue(), unit.get("rank").intValue(),
                explanations, bonusItems);
    }

    private static Map<String, BigDecimal> decimals(JsonNode object) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            values.put(entry.getKey(), Numbers.exact(entry.getValue().decimalValue()));
        }
        return values;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        return Numbers.exact(node.get(field).decimalValue());
    }

    private static <V> Map<String, V> unmodifiable(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
