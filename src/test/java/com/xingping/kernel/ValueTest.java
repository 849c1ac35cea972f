package com.xingping.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

class ValueTest {
    private static final JsonFactory JSON = new JsonFactory();

    @Test
    void keepsEveryNumberExactlyAsWritten() {
        Value value = read("[0.59999999999999999999, 1.50, 3, -0.1, 123456789012345678901234567890, 2.5e1]");

        assertThat(value.get(0).decimalValue()).isEqualTo(new BigDecimal("0.59999999999999999999"));
        assertThat(value.get(0).decimalValue()).isNotEqualByComparingTo("0.6");
        assertThat(value.get(1).decimalValue()).isEqualTo(new BigDecimal("1.50"));
        assertThat(value.get(2).decimalValue()).isEqualTo(new BigDecimal("3"));
        assertThat(value.get(3).decimalValue()).isEqualTo(new BigDecimal("-0.1"));
        assertThat(value.get(4).decimalValue()).isEqualTo(new BigDecimal("123456789012345678901234567890"));
        assertThat(value.get(5).decimalValue()).isEqualByComparingTo("25");
    }

    @Test
    void keepsPropertiesInDocumentOrderAndTellsTheKinds() {
        Value value = read("{\"b\": \"x\", \"a\": true, \"c\": null, \"d\": {}, \"e\": [1]}");

        assertThat(value.size()).isEqualTo(5);
        assertThat(value.name(0)).isEqualTo("b");
        assertThat(value.name(1)).isEqualTo("a");
        assertThat(value.get("b").stringValue()).isEqualTo("x");
        assertThat(value.get("a").isBoolean()).isTrue();
        assertThat(value.get("a").booleanValue()).isTrue();
        assertThat(value.get("c").isNull()).isTrue();
        assertThat(value.get("d").isObject()).isTrue();
        assertThat(value.get("e").isArray()).isTrue();
        assertThat(value.get("e").get(0).isNumber()).isTrue();
        assertThat(value.get("missing")).isNull();
    }

    @Test
    void refusesAPropertyGivenTwiceInASmallOrALargeObject() {
        assertThatThrownBy(() -> read("{\"year\": 2018, \"year\": 2019}"))
                .isInstanceOf(StreamReadException.class).hasMessageContaining("Duplicate Object property \"year\"");
        StringBuilder large = new StringBuilder("{");
        for (int i = 0; i < 40; i++) {
            large.append("\"study-").append(i).append("\": true, ");
        }
        large.append("\"study-7\": false}");
        assertThatThrownBy(() -> read(large.toString()))
                .isInstanceOf(StreamReadException.class).hasMessageContaining("Duplicate Object property \"study-7\"");
    }

    @Test
    void quotesItselfAsCompactJson() {
        assertThat(read("{ \"first-half\" : 2, \"note\": \"say \\\"hi\\\"\\n\", \"list\": [true, null, 0.50] }"))
                .hasToString("{\"first-half\":2,\"note\":\"say \\\"hi\\\"\\n\",\"list\":[true,null,0.50]}");
    }

    private static Value read(String json) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
            parser.nextToken();
            return Value.read(parser);
        }
    }
}
