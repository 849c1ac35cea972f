package com.xingping.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.xingping.results.ResultTable.Cell;
import com.xingping.results.ResultTable.Row;

class ChartsTest {

    @Test
    void chartDataIsExactAndCannotCloseItsScriptElement() {
        List<Cell> stars = ResultTable.heads(ResultsFixtures.RUBRIC).stream()
                .map(h -> new Cell(h.id(), new BigDecimal("16.00"), true)).toList();
        Row row = new Row(1, 3L, "</script><script>alert(1)</script>", stars, 5, new BigDecimal("80"),
                new BigDecimal("0.3"), null, BigDecimal.ZERO, new BigDecimal("80.3"), true, true, false, true, "advanced");
        ResultTable table = new ResultTable(ResultTable.heads(ResultsFixtures.RUBRIC), List.of(row));

        String ranking = Charts.ranking(table);

        assertThat(ranking).doesNotContain("<").contains("\\u003c/script>", "\"total\":80.3", "\"rank\":1")
                .doesNotContain("E+", "0.30000");
        assertThat(ResultsJson.read(ranking).get("units").get(0).get("name").asString()).isEqualTo(row.name());
        assertThat(Charts.starDistribution(table)).contains("\"counts\":[0,0,0,0,0,1]", "\"labels\":[\"0星\"");
    }
}
