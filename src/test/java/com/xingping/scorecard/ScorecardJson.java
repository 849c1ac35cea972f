package com.xingping.scorecard;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads scorecard answers in tests: JSON numbers as exact decimals, and values out of the pages. */
final class ScorecardJson {
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ScorecardJson() {
    }

    static String body(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String json) {
        return JSON.readTree(json);
    }

    static JsonNode element(JsonNode card, String elementId) {
        for (JsonNode star : card.get("stars")) {
            for (JsonNode criterion : star.get("criteria")) {
                for (JsonNode element : criterion.get("elements")) {
                    if (element.get("id").asString().equals(elementId)) {
                        return element;
                    }
                }
            }
        }
        throw new AssertionError("no element " + elementId);
    }

    static JsonNode star(JsonNode card, String starId) {
        for (JsonNode star : card.get("stars")) {
            if (star.get("id").asString().equals(starId)) {
                return star;
            }
        }
        throw new AssertionError("no star " + starId);
    }

    static BigDecimal decimal(JsonNode node, String field) {
        return node.get(field).decimalValue();
    }

    /** The text of the page element with the given id, e.g. {@code value-norms-3a}. */
    static String pageText(String html, String id) {
        Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no element #" + id + " on the page");
        }
        return matcher.group(1).strip();
    }

    /** The HTML of the table row with the given id. */
    static String pageRow(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        if (start < 0) {
            throw new AssertionError("no row #" + id + " on the page");
        }
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
