package com.xingping.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.xingping.rubric.Rubric;
import com.xingping.rubric.Star;
import com.xingping.scoring.CriterionResult;
import com.xingping.scoring.Deductions;
import com.xingping.scoring.ElementResult;
import com.xingping.scoring.StarResult;
import com.xingping.scoring.UnitResult;
import com.xingping.scoring.YearResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every unit's line of an edition: the numbers the year-wide pages (table, charts, diff, dashboard)
 * show. The draft's are taken from the engine's result, a published version's from its stored
 * lines; {@link #parse} reads them from an output document (docs/scoring-io.md).
 */
record Standings(String rubricId, int year, List<Standing> units) {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    Standings {
        units = List.copyOf(units);
    }

    /**
     * One unit's line, as the output document has it (with {@code deducted} from its explanation part).
     * {@code deducted} is null in a line stored before it was kept (publications before issue 7).
     */
    record Standing(String id, String name, Map<String, BigDecimal> elements, Map<String, BigDecimal> criteria,
                    Map<String, StarScore> stars, int starCount, BigDecimal partyScore, BigDecimal bonus,
                    BigDecimal seriousDeductions, BigDecimal total, boolean partyExcellent,
                    boolean performanceExcellent, boolean vetoed, boolean doubleExcellent, String advanced, int rank,
                    Deducted deducted) {

        Standing {
            elements = unmodifiable(elements);
            criteria = unmodifiable(criteria);
            stars = unmodifiable(stars);
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

        static Standing of(UnitResult unit) {
            Map<String, BigDecimal> elements = new LinkedHashMap<>();
            Map<String, BigDecimal> criteria = new LinkedHashMap<>();
            Map<String, StarScore> stars = new LinkedHashMap<>();
            for (StarResult star : unit.stars()) {
                for (CriterionResult criterion : star.criteria()) {
                    for (ElementResult element : criterion.elements()) {
                        elements.put(element.element().id(), Numbers.exact(element.value()));
                    }
                    criteria.put(criterion.criterion().id(), Numbers.exact(criterion.value()));
                }
                stars.put(star.star().id(), new StarScore(Numbers.exact(star.score()), star.awarded()));
            }
            return new Standing(unit.id(), unit.name(), elements, criteria, stars, unit.starCount(),
                    Numbers.exact(unit.partyScore()), Numbers.exact(unit.bonus().total()),
                    Numbers.exact(unit.seriousDeductionPoints()), Numbers.exact(unit.total()), unit.partyExcellent(),
                    unit.performanceExcellent(), unit.performance().vetoed(), unit.doubleExcellent(),
                    unit.advanced() == null ? null : unit.advanced().code(), unit.rank(),
                    Deducted.of(Deductions.of(unit)));
        }
    }

    record StarScore(BigDecimal score, boolean awarded) {
    }

    /** What came off 党建分 by kind (the serious deductions, off the total, are the line's own). */
    record Deducted(BigDecimal baseline, BigDecimal penalties, BigDecimal falsification) {
        static Deducted of(Deductions deductions) {
            return new Deducted(Numbers.exact(deductions.baseline()), Numbers.exact(deductions.penalties()),
                    Numbers.exact(deductions.falsification()));
        }
    }

    Optional<Standing> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /** Best first: by rank, then by name. */
    List<Standing> byRank() {
        return units.stream().sorted(Comparator.comparingInt(Standing::rank)
                .thenComparing(Standing::name, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    /** Each star's city median over these units, in the rubric's order. */
    Map<String, BigDecimal> medians(Rubric rubric) {
        Map<String, BigDecimal> medians = new LinkedHashMap<>();
        for (Star star : rubric.stars()) {
            medians.put(star.id(), Numbers.median(units.stream().map(u -> u.star(star.id()).score()).toList()));
        }
        return medians;
    }

    static Standings of(YearResult result) {
        return new Standings(result.rubricId(), result.year(), result.units().stream().map(Standing::of).toList());
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
        JsonNode advanced = unit.get("advanced");
        JsonNode deductions = unit.get("deductions");
        return new Standing(unit.get("id").stringValue(), unit.hasNonNull("name") ? unit.get("name").stringValue() : null,
                decimals(unit.get("elements")), decimals(unit.get("criteria")), stars, unit.get("starCount").intValue(),
                decimal(unit, "partyScore"), decimal(unit, "bonus"), decimal(unit, "seriousDeductions"),
                decimal(unit, "total"), unit.get("partyExcellent").booleanValue(),
                unit.get("performanceExcellent").booleanValue(), unit.get("vetoed").booleanValue(),
                unit.get("doubleExcellent").booleanValue(),
                advanced == null || advanced.isNull() ? null : advanced.stringValue(), unit.get("rank").intValue(),
                deductions == null ? null : new Deducted(decimal(deductions, "baseline"), decimal(deductions, "penalties"),
                        decimal(deductions, "falsification")));
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
