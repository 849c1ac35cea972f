package com.xingping.scoring.cases;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.xingping.kernel.Value;
import com.xingping.rubric.Rubric;
import com.xingping.scoring.InvalidDocumentException;
import com.xingping.scoring.ScoringDocumentReader;
import com.xingping.scoring.ScoringDocumentWriter;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.ScoringInput;

import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Runs rubric cases against one rubric: each case's facts become a scoring input document for that
 * rubric, read by the document reader (so a case is refused exactly as the command would refuse
 * it), scored by the engine and written as the output document; then only the values the case
 * expects are compared with that output.
 */
final class CaseRunner {
    static final String DEFAULT_UNIT = "U1";
    private static final JsonFactory JSON = new JsonFactory();

    private final Rubric rubric;
    private final ScoringEngine engine;
    private final Expectations expectations;

    CaseRunner(Rubric rubric) {
        this.rubric = rubric;
        this.engine = new ScoringEngine(rubric);
        this.expectations = new Expectations(rubric);
    }

    /**
     * The differences between what the case expects and what the rubric scores, one line each
     * ({@code stars.study.score expected 16 but was 15.5}); empty when the case passes.
     *
     * @throws BadCaseInput when the case's expectations name nothing the output has, or its facts are refused
     */
    List<String> differences(RubricCase rubricCase) {
        Year year = year(rubricCase);
        Value expected = expectations.perUnit(rubricCase, year.unitIds());
        ScoringInput input;
        try {
            input = ScoringDocumentReader.read(new ByteArrayInputStream(document(year)), rubric);
        } catch (InvalidDocumentException e) {
            throw new BadCaseInput(where(rubricCase) + ": given refused by the document reader: "
                    + String.join("; ", e.problems()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoringDocumentWriter.write(rubric, engine.score(input), out, false);
        Value actual = parse(out.toByteArray());
        List<String> differences = new ArrayList<>();
        boolean keyedByUnit = year.given().get("units") != null;
        for (int i = 0; i < expected.size(); i++) {
            String unitId = expected.name(i);
            Value unit = unit(actual, unitId);
            Expectations.compare(keyedByUnit ? unitId + "." : "", expected.get(i), unit, differences);
        }
        return differences;
    }

    static String where(RubricCase rubricCase) {
        return rubricCase.file() + ":" + rubricCase.line() + ": case " + rubricCase.name();
    }

    /** The case's facts as a year: a single unit's facts get the id U1 unless they name one. */
    private record Year(Value given, List<Value> units) {
        List<String> unitIds() {
            List<String> ids = new ArrayList<>();
            for (Value unit : units) {
                Value id = unit.get("id");
                ids.add(id == null ? DEFAULT_UNIT : id.isString() ? id.stringValue() : String.valueOf(id));
            }
            return ids;
        }
    }

    private static Year year(RubricCase rubricCase) {
        Value given = rubricCase.given();
        Value units = given.get("units");
        if (units == null) {
            return new Year(given, List.of(given));
        }
        for (int i = 0; i < given.size(); i++) {
            if (!given.name(i).equals("units") && !given.name(i).equals("conduct")) {
                throw new BadCaseInput(where(rubricCase) + ": given: unknown key " + given.name(i)
                        + " beside units (a year takes conduct and units)");
            }
        }
        if (!units.isArray() || units.size() == 0) {
            throw new BadCaseInput(where(rubricCase) + ": given.units: a list of units is needed");
        }
        List<Value> list = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Value unit = units.get(i);
            if (!unit.isObject() || unit.get("id") == null) {
                throw new BadCaseInput(where(rubricCase) + ": given.units[" + i + "]: each unit of a year needs an id");
            }
            list.add(unit);
        }
        return new Year(given, list);
    }

    /** The scoring input document of docs/scoring-io.md for this rubric and the case's facts. */
    private byte[] document(Year year) {
        // Value writes compact JSON with its numbers exactly as read
        StringBuilder json = new StringBuilder();
        json.append("{\"rubric\":\"").append(rubric.id()).append("\",\"year\":").append(rubric.year());
        Value conduct = year.given().get("conduct");
        if (conduct != null) {
            json.append(",\"conduct\":").append(conduct);
        }
        json.append(",\"units\":[");
        for (int i = 0; i < year.units().size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            Value unit = year.units().get(i);
            if (unit.get("id") != null) {
                json.append(unit);
            } else {
                json.append("{\"id\":\"").append(DEFAULT_UNIT).append('"');
                json.append(unit.size() == 0 ? "}" : "," + unit.toString().substring(1));
            }
        }
        json.append("]}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Value parse(byte[] json) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
            parser.nextToken();
            return Value.read(parser);
        }
    }

    private static Value unit(Value output, String unitId) {
        Value units = output.get("units");
        for (int i = 0; i < units.size(); i++) {
            Value unit = units.get(i);
            if (unitId.equals(unit.get("id").stringValue())) {
                return unit;
            }
        }
        throw new IllegalStateException("the output has no unit " + unitId);
    }
}
