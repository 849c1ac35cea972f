package com.xingping.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.xingping.results.EditionHead;
import com.xingping.results.EditionReading.EditionTable;
import com.xingping.results.ResultTable;
import com.xingping.results.ResultTable.Row;
import com.xingping.results.ResultTable.StarHead;

/**
 * The city's summary of an edition: how many units hold each number of stars and each star, 双优, 先进 and
 * 视同先进 by name, the star distribution and the leading 总分 as bar charts, and the whole ranking.
 */
final class CitySummary {
    static final int CHARTED = 20;
    static final List<String> RANKING = List.of("排名", "单位", "星级", "星数", "党建分", "加分", "严重违纪扣分", "总分", "双优",
            "先进/视同先进");

    private CitySummary() {
    }

    static Report of(EditionTable edition, Letter letter, ReportFont fonts) {
        EditionHead head = edition.head();
        ResultTable table = edition.table();
        List<Row> rows = table.rows();
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Text(EditionText.basis(head, letter.zone()) + "共 " + rows.size() + " 个单位参加考评。"));

        blocks.add(new Report.Heading("一、总体情况"));
        List<List<String>> overview = new ArrayList<>();
        overview.add(List.of("参评单位", String.valueOf(rows.size())));
        List<Integer> distribution = table.starDistribution();
        for (int stars = distribution.size() - 1; stars >= 0; stars--) {
            overview.add(List.of("获 " + stars + " 星", String.valueOf(distribution.get(stars))));
        }
        for (int i = 0; i < table.stars().size(); i++) {
            StarHead star = table.stars().get(i);
            int index = i;
            overview.add(List.of("获" + star.name() + "（获星线 " + star.threshold().toPlainString() + "）",
                    String.valueOf(count(rows, r -> r.stars().get(index).awarded()))));
        }
        overview.add(List.of("党建优", String.valueOf(count(rows, Row::partyExcellent))));
        overview.add(List.of("业绩优", String.valueOf(count(rows, Row::performanceExcellent))));
        overview.add(List.of("一票否决", String.valueOf(count(rows, Row::vetoed))));
        overview.add(List.of("双优", String.valueOf(table.doubleExcellentCount())));
        overview.add(List.of("先进", String.valueOf(count(rows, r -> "先进".equals(r.advancedName())))));
        overview.add(List.of("视同先进", String.valueOf(count(rows, r -> "视同先进".equals(r.advancedName())))));
        blocks.add(new Report.Table(List.of("项目", "单位数"), overview, List.of(3f, 1f), List.of(false, true)));

        List<BarChart.Bar> starBars = new ArrayList<>();
        for (int stars = distribution.size() - 1; stars >= 0; stars--) {
            starBars.add(new BarChart.Bar(stars + " 星", BigDecimal.valueOf(distribution.get(stars))));
        }
        blocks.add(BarChart.draw(fonts, "星级分布（单位数）", starBars, 15f));

        blocks.add(new Report.Heading("二、双优单位与先进单位"));
        blocks.add(new Report.Text(names("双优单位", rows, Row::doubleExcellent)));
        blocks.add(new Report.Text(names("先进单位", rows, r -> "先进".equals(r.advancedName()))));
        blocks.add(new Report.Text(names("视同先进单位", rows, r -> "视同先进".equals(r.advancedName()))));

        blocks.add(new Report.Heading("三、总分排名"));
        List<BarChart.Bar> leaders = rows.stream().limit(CHARTED)
                .map(r -> new BarChart.Bar(r.rank() + ". " + r.name(), r.total())).toList();
        blocks.add(BarChart.draw(fonts, rows.size() > CHARTED ? "总分前 " + CHARTED + " 名" : "总分", leaders, 15f));
        List<List<String>> ranking = rows.stream().map(r -> List.of(String.valueOf(r.rank()), r.name(), r.starMarks(),
                String.valueOf(r.starCount()), r.partyScore().toPlainString(), r.bonus().toPlainString(),
                r.serious().toPlainString(), r.total().toPlainString(), r.doubleExcellent() ? "是" : "否",
                r.advancedName())).toList();
        blocks.add(new Report.Table(RANKING, ranking, List.of(0.8f, 3.2f, 1.6f, 0.8f, 1.1f, 1f, 1.2f, 1.1f, 0.8f, 1.4f),
                List.of(true, false, false, true, true, true, true, true, false, false)));

        return letter.report(head.year() + " 年度考评结果汇总（" + EditionText.name(head) + "）", blocks,
                List.of("审核人", "签发人"));
    }

    private static long count(List<Row> rows, Predicate<Row> which) {
        return rows.stream().filter(which).count();
    }

    private static String names(String kind, List<Row> rows, Predicate<Row> which) {
        List<String> names = rows.stream().filter(which).map(Row::name).toList();
        return kind + "（" + names.size() + " 个）：" + (names.isEmpty() ? "无" : String.join("、", names)) + "。";
    }
}
