package com.xingping.results;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the results answers in tests: bodies as UTF-8, JSON numbers as exact decimals. */
final class ResultsJson {
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ResultsJson() {
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String json) {
        return JSON.readTree(json);
    }

    static JsonNode unit(JsonNode document, Object unitId) {
        for (JsonNode unit : document.get("units")) {
            if (unit.get("id").asString().equals(String.valueOf(unitId))) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + unitId + " in the document");
    }

    static BigDecimal decimal(JsonNode node, String field) {
        return node.get(field).decimalValue();
    }
}
