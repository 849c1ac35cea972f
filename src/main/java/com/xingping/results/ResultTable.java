package com.xingping.results;

import java.math.BigDecimal;
import java.util.List;

import com.xingping.results.Standings.Deducted;
import com.xingping.results.Standings.Standing;
import com.xingping.results.Standings.StarScore;
import com.xingping.rubric.Rubric;

/**
 * The results table of an edition, best first: rank, unit, the five stars, 党建分, 加分, the deductions
 * by kind (底线, 扣分事项, 弄虚作假 — inside 党建分 — and 严重违纪, off the total), 总分, 党建优, 业绩优
 * (with its veto), 双优 and 先进 / 视同先进. The page, the charts and the export all show these rows.
 */
public record ResultTable(List<StarHead> stars, List<Row> rows) {

    public ResultTable {
        stars = List.copyOf(stars);
        rows = List.copyOf(rows);
    }

    public record StarHead(String id, String name, BigDecimal max, BigDecimal threshold) {
    }

    public record Cell(String id, BigDecimal score, boolean awarded) {
    }

    /** {@code deducted}: null for a line published before the deductions by kind were kept. */
    public record Row(int rank, Long unitId, String name, List<Cell> stars, int starCount, BigDecimal partyScore,
               BigDecimal bonus, Deducted deducted, BigDecimal serious, BigDecimal total, boolean partyExcellent,
               boolean performanceExcellent, boolean vetoed, boolean doubleExcellent, String advanced) {
        public Row {
            stars = List.copyOf(stars);
        }

        /** ★ for each star awarded, ☆ for each withheld, in the rubric's order. */
        public String starMarks() {
            StringBuilder marks = new StringBuilder();
            stars.forEach(s -> marks.append(s.awarded() ? '★' : '☆'));
            return marks.toString();
        }

        /** 先进, 视同先进 or empty. */
        public String advancedName() {
            return ResultsWorkbook.advanced(advanced);
        }
    }

    static ResultTable of(Standings standings, Rubric rubric) {
        List<StarHead> heads = heads(rubric);
        List<Row> rows = standings.byRank().stream().map(s -> row(s, heads)).toList();
        return new ResultTable(heads, rows);
    }

    static List<StarHead> heads(Rubric rubric) {
        return rubric.stars().stream().map(s -> new StarHead(s.id(), s.name(), Numbers.exact(s.points()),
                Numbers.exact(s.points().multiply(rubric.policy().starThreshold())))).toList();
    }

    private static Row row(Standing s, List<StarHead> heads) {
        List<Cell> cells = heads.stream().map(h -> {
            StarScore star = s.star(h.id());
            return new Cell(h.id(), star.score(), star.awarded());
        }).toList();
        return new Row(s.rank(), s.unitId(), s.name(), cells, s.starCount(), s.partyScore(), s.bonus(), s.deducted(),
                s.seriousDeductions(), s.total(), s.partyExcellent(), s.performanceExcellent(), s.vetoed(),
                s.doubleExcellent(), s.advanced());
    }

    /** The same columns with other rows: a page of the table. */
    ResultTable withRows(List<Row> shown) {
        return new ResultTable(stars, shown);
    }

    public int doubleExcellentCount() {
        return (int) rows.stream().filter(Row::doubleExcellent).count();
    }

    /** How many units hold each number of stars, from 0 to all of them. */
    public List<Integer> starDistribution() {
        int[] counts = new int[stars.size() + 1];
        rows.forEach(r -> counts[r.starCount()]++);
        return java.util.Arrays.stream(counts).boxed().toList();
    }
}
