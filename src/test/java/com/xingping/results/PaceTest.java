package com.xingping.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.xingping.results.ResultTable.Cell;
import com.xingping.results.ResultTable.Row;
import com.xingping.results.ResultTable.StarHead;

class PaceTest {
    private static final LocalDate START = LocalDate.of(2017, 12, 16);
    private static final LocalDate END = LocalDate.of(2018, 12, 15);
    private final List<StarHead> heads = ResultTable.heads(ResultsFixtures.RUBRIC);

    @Test
    void theShareOfTheWindowGoneByCountsTheDayItself() {
        assertThat(Pace.share(START, END, START.minusDays(1))).isEqualByComparingTo("0");
        assertThat(Pace.share(START, END, START)).isEqualByComparingTo("0.0027");
        assertThat(Pace.share(START, END, LocalDate.of(2018, 6, 16))).isEqualByComparingTo("0.5014");
        assertThat(Pace.share(START, END, END)).isEqualByComparingTo("1");
        assertThat(Pace.share(START, END, END.plusDays(30))).isEqualByComparingTo("1");
    }

    @Test
    void aUnitIsBehindOnAStarBelowItsThresholdTimesTheShareGoneBy() {
        Row behind = row(1L, "落后单位", "7", "12", "8.5", "6.5", "8.5");
        Row onPace = row(2L, "正常单位", "8.1", "10.1", "8.1", "6.1", "8.1");
        ResultTable table = new ResultTable(heads, List.of(behind, onPace));

        Pace pace = Pace.of(table, START, END, LocalDate.of(2018, 6, 16));

        assertThat(pace.percent()).isEqualTo(50);
        assertThat(pace.units()).singleElement().satisfies(unit -> {
            assertThat(unit.unitId()).isEqualTo(1L);
            assertThat(unit.lags()).singleElement().satisfies(lag -> {
                assertThat(lag.starId()).isEqualTo("study");
                assertThat(lag.score()).isEqualByComparingTo("7");
                assertThat(lag.target()).isEqualByComparingTo("8.02");
                assertThat(lag.gap()).isEqualByComparingTo("1.02");
            });
        });
    }

    @Test
    void afterTheWindowBehindMeansBelowTheThresholdAndAnAwardedStarIsNeverBehind() {
        Row unit = row(3L, "单位", "15.5", "20", "16", "12", "16");
        Row awardedThoughLow = new Row(1, 4L, "获星单位", List.of(new Cell("study", new BigDecimal("15"), true),
                new Cell("norms", new BigDecimal("20"), true), new Cell("service", new BigDecimal("16"), true),
                new Cell("democracy", new BigDecimal("12"), true), new Cell("innovation", new BigDecimal("16"), true)),
                5, BigDecimal.ZERO, BigDecimal.ZERO, null, BigDecimal.ZERO, BigDecimal.ZERO, false, false, false, false, null);

        Pace pace = Pace.of(new ResultTable(heads, List.of(unit, awardedThoughLow)), START, END, END.plusDays(1));

        assertThat(pace.units()).singleElement().satisfies(b -> assertThat(b.lags()).singleElement()
                .satisfies(lag -> assertThat(lag.target()).isEqualByComparingTo("16")));
    }

    private Row row(Long id, String name, String... scores) {
        List<Cell> cells = new java.util.ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            BigDecimal score = new BigDecimal(scores[i]);
            cells.add(new Cell(heads.get(i).id(), score, score.compareTo(heads.get(i).threshold()) >= 0));
        }
        return new Row(1, id, name, cells, 0, BigDecimal.ZERO, BigDecimal.ZERO, null, BigDecimal.ZERO, BigDecimal.ZERO,
                false, false, false, false, null);
    }
}
