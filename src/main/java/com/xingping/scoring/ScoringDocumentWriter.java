package com.xingping.scoring;

import static com.xingping.scoring.Decimals.plain;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.xingping.rubric.Rubric;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Writes the scoring output document of docs/scoring-io.md. Numbers are exact decimals in their
 * shortest plain form (0.3, never 0.30000000000000004). With {@code explain}, every unit also
 * carries each element's explanation lines, its 加分 items, its deductions by kind and the lines
 * explaining its stars, 加分, deductions, 业绩优 and standing ({@link UnitExplanation}).
 */
public final class ScoringDocumentWriter {
    private ScoringDocumentWriter() {
    }

    /** {@code rubric}: the rubric {@code result} was scored under, whose words the explanations quote. */
    public static void write(Rubric rubric, YearResult result, OutputStream out, boolean explain) {
        try (JsonGenerator json = ScoringDocumentReader.JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("rubric", result.rubricId());
            json.writeNumberProperty("year", result.year());
            json.writeArrayPropertyStart("units");
            for (UnitResult unit : result.units()) {
                unit(json, unit, explain ? rubric : null, result);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** {@code explainBy}: the rubric to explain with, null for no explanations. */
    private static void unit(JsonGenerator json, UnitResult unit, Rubric explainBy, YearResult year) {
        json.writeStartObject();
        json.writeStringProperty("id", unit.id());
        if (unit.name() != null) {
            json.writeStringProperty("name", unit.name());
        }
        json.writeObjectPropertyStart("elements");
        for (StarResult star : unit.stars()) {
            for (CriterionResult criterion : star.criteria()) {
                for (ElementResult element : criterion.elements()) {
                    number(json, element.element().id(), element.value());
                }
            }
        }
        json.writeEndObject();
        json.writeObjectPropertyStart("criteria");
        for (StarResult star : unit.stars()) {
            for (CriterionResult criterion : star.criteria()) {
                number(json, criterion.criterion().id(), criterion.value());
            }
        }
        json.writeEndObject();
        json.writeObjectPropertyStart("stars");
        for (StarResult star : unit.stars()) {
            json.writeObjectPropertyStart(star.star().id());
            number(json, "score", star.score());
            json.writeBooleanProperty("awarded", star.awarded());
            json.writeArrayPropertyStart("withheld");
            for (Withholding reason : star.withheld()) {
                json.writeString(reason.code());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeNumberProperty("starCount", unit.starCount());
        number(json, "partyScore", unit.partyScore());
        number(json, "bonus", unit.bonus().total());
        number(json, "seriousDeductions", unit.seriousDeductionPoints());
        number(json, "total", unit.total());
        json.writeBooleanProperty("partyExcellent", unit.partyExcellent());
        json.writeBooleanProperty("performanceExcellent", unit.performanceExcellent());
        json.writeBooleanProperty("vetoed", unit.performance().vetoed());
        json.writeBooleanProperty("doubleExcellent", unit.doubleExcellent());
        if (unit.advanced() == null) {
            json.writeNullProperty("advanced");
        } else {
            json.writeStringProperty("advanced", unit.advanced().code());
        }
        json.writeNumberProperty("rank", unit.rank());
        if (explainBy != null) {
            explanations(json, unit, UnitExplanation.of(explainBy, year, unit));
        }
        json.writeEndObject();
    }

    private static void explanations(JsonGenerator json, UnitResult unit, UnitExplanation explained) {
        json.writeObjectPropertyStart("explanations");
        for (StarResult star : unit.stars()) {
            for (CriterionResult criterion : star.criteria()) {
                for (ElementResult element : criterion.elements()) {
                    lines(json, element.element().id(), element.explanation());
                }
            }
        }
        json.writeEndObject();
        json.writeArrayPropertyStart("bonusItems");
        for (BonusItem item : unit.bonus().items()) {
            json.writeStartObject();
            json.writeStringProperty("rule", item.ruleId());
            json.writeStringProperty("description", item.description());
            number(json, "points", item.points());
            json.writeBooleanProperty("counted", item.counted());
            if (item.note() != null) {
                json.writeStringProperty("note", item.note());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        Deductions deductions = Deductions.of(unit);
        json.writeObjectPropertyStart("deductions");
        number(json, "baseline", deductions.baseline());
        number(json, "penalties", deductions.penalties());
        number(json, "falsification", deductions.falsification());
        number(json, "serious", deductions.serious());
        json.writeEndObject();
        json.writeObjectPropertyStart("unitExplanation");
        json.writeObjectPropertyStart("stars");
        for (Map.Entry<String, List<String>> star : explained.stars().entrySet()) {
            lines(json, star.getKey(), star.getValue());
        }
        json.writeEndObject();
        lines(json, "bonus", explained.bonus());
        lines(json, "deductions", explained.deductions());
        lines(json, "performance", explained.performance());
        lines(json, "standing", explained.standing());
        json.writeEndObject();
    }

    private static void lines(JsonGenerator json, String name, List<String> lines) {
        json.writeArrayPropertyStart(name);
        for (String line : lines) {
            json.writeString(line);
        }
        json.writeEndArray();
    }

    private static void number(JsonGenerator json, String name, BigDecimal value) {
        json.writeName(name);
        // most scores are whole: written as a long, without the two objects plain() makes
        if (value.scale() == 0 && value.precision() < 19) {
            json.writeNumber(value.longValue());
        } else {
            json.writeNumber(plain(value));
        }
    }
}
