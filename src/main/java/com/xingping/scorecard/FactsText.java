package com.xingping.scorecard;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.xingping.rubric.Rubric;
import com.xingping.scoring.ScoringDocumentReader;
import com.xingping.scoring.ScoringInput;
import com.xingping.scoring.ScoringInputWriter;
import com.xingping.scoring.UnitFacts;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A unit's engine facts as stored in its standing: the unit's entry of the scoring input document
 * (docs/scoring-io.md), written by {@link ScoringInputWriter} and read back by
 * {@link ScoringDocumentReader}, so the stored text is exactly what a published input document holds
 * and the same facts give the same text (and hash).
 */
final class FactsText {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private FactsText() {
    }

    static String of(Rubric rubric, int year, UnitFacts facts) {
        String document = ScoringInputWriter.write(new ScoringInput(rubric, year, List.of(facts)));
        return JSON.writeValueAsString(JSON.readTree(document).get("units").get(0));
    }

    /** The units' facts, read as one scoring document of the year (refused whole if any entry is bad). */
    static List<UnitFacts> read(Rubric rubric, int year, List<String> units) {
        StringBuilder document = new StringBuilder("{\"rubric\":").append(JSON.writeValueAsString(rubric.id()))
                .append(",\"year\":").append(year).append(",\"units\":[");
        for (int i = 0; i < units.size(); i++) {
            document.append(i == 0 ? "" : ",").append(units.get(i));
        }
        document.append("]}");
        // read against the year's own rubric: a stored one is no bundled file
        return ScoringDocumentReader.read(new ByteArrayInputStream(document.toString().getBytes(StandardCharsets.UTF_8)), rubric)
                .units();
    }

    static UnitFacts read(Rubric rubric, int year, String unit) {
        return read(rubric, year, List.of(unit)).get(0);
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
