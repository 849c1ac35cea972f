package com.xingping.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of each chart as JSON, made from the same rows as the table beside it; the page puts it
 * in a {@code <script type="application/json">} element that static/js/results-charts.js draws
 * with ECharts (and tests compare with the table).
 */
final class Charts {
    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private Charts() {
    }

    /** Totals best first: the ranking bar chart. */
    static String ranking(ResultTable table) {
        List<Map<String, Object>> units = table.rows().stream().map(r -> {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("unitId", r.unitId());
            unit.put("name", r.name());
            unit.put("rank", r.rank());
            unit.put("total", r.total());
            return unit;
        }).toList();
        return json(Map.of("units", units));
    }

    /** Units by number of stars, 0 to 5. */
    static String starDistribution(ResultTable table) {
        List<Integer> counts = table.starDistribution();
        List<String> labels = java.util.stream.IntStream.range(0, counts.size()).mapToObj(n -> n + "星").toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("counts", counts);
        return json(data);
    }

    /** A unit's star scores against the city median, each star on its own axis up to its maximum. */
    static String radar(UnitSheet sheet) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("indicators", sheet.stars().stream().map(s -> Map.of("id", s.id(), "name", s.name(), "max", s.max()))
                .toList());
        data.put("unitName", sheet.unitName());
        data.put("unit", sheet.stars().stream().map(UnitSheet.StarPart::score).toList());
        data.put("median", sheet.stars().stream().map(UnitSheet.StarPart::median).toList());
        return json(data);
    }

    /** Approved records per month of the window, by activity date. */
    static String activity(MonthlyActivity activity) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("months", activity.months());
        data.put("counts", activity.counts());
        return json(data);
    }

    private static String json(Object data) {
        return JSON.writeValueAsString(data).replace("<", "\\u003c");
    }
}
