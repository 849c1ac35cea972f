package com.xingping.results;

import static com.xingping.results.Sheets.FIRST_ROW;
import static com.xingping.results.Sheets.number;
import static com.xingping.results.Sheets.text;
import static com.xingping.results.Sheets.yesNo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Sheet;

import com.xingping.results.ResultTable.Cell;
import com.xingping.results.ResultTable.Row;
import com.xingping.results.ResultTable.StarHead;
import com.xingping.results.Sheets.Styles;
import com.xingping.results.Standings.Deducted;
import com.xingping.sheet.Watermark;

/**
 * The results table a committee hands to its leaders: one row per unit, best first, under a title
 * and Chinese headers (frozen, with rank and unit), then an average row and a count row.
 */
final class ResultsWorkbook {
    static final String SHEET = "年度结果";
    static final String AVERAGE = "平均分";
    static final String COUNT = "合计（获星或为“是”的单位数）";
    static final Map<String, String> ADVANCED = Map.of("advanced", "先进", "deemedAdvanced", "视同先进");

    private ResultsWorkbook() {
    }

    /** The headers of the results table, in column order. */
    static List<String> headers(List<StarHead> stars) {
        List<String> headers = new ArrayList<>(List.of("排名", "单位"));
        stars.forEach(s -> headers.add(s.name()));
        headers.addAll(List.of("星级", "星数", "党建分", "加分", "底线扣分", "扣分事项", "弄虚作假倒扣", "严重违纪扣分", "总分",
                "党建优", "业绩优", "一票否决", "双优", "先进/视同先进"));
        return headers;
    }

    static byte[] of(EditionHead head, ResultTable table, Watermark mark) {
        return Sheets.workbook(mark, workbook -> {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            List<String> headers = headers(table.stars());
            Sheets.titleAndHeaders(sheet, styles, Sheets.title(head, "考评结果"), mark, headers);
            int index = FIRST_ROW;
            for (Row row : table.rows()) {
                unit(sheet.createRow(index++), row, styles);
            }
            averages(sheet.createRow(index++), table, styles);
            counts(sheet.createRow(index), table, styles);
            Sheets.finish(sheet, 2);
            sheet.setColumnWidth(1, 18 * 256);
            for (int c = 2; c < headers.size(); c++) {
                sheet.setColumnWidth(c, 10 * 256);
            }
        });
    }

    private static void unit(org.apache.poi.ss.usermodel.Row line, Row row, Styles styles) {
        int c = 0;
        number(line, c++, row.rank(), styles.number);
        text(line, c++, row.name(), styles.text);
        for (Cell star : row.stars()) {
            number(line, c++, star.score(), star.awarded() ? styles.awarded : styles.number);
        }
        text(line, c++, row.starMarks(), styles.text);
        number(line, c++, row.starCount(), styles.number);
        number(line, c++, row.partyScore(), styles.number);
        number(line, c++, row.bonus(), styles.number);
        Deducted deducted = row.deducted();
        for (BigDecimal kind : deducted == null ? Arrays.<BigDecimal>asList(null, null, null)
                : List.of(deducted.baseline(), deducted.penalties(), deducted.falsification())) {
            if (kind == null) {
                text(line, c++, "", styles.text);
            } else {
                number(line, c++, kind, styles.number);
            }
        }
        number(line, c++, row.serious(), styles.number);
        number(line, c++, row.total(), styles.bold);
        text(line, c++, yesNo(row.partyExcellent()), styles.text);
        text(line, c++, yesNo(row.performanceExcellent()), styles.text);
        text(line, c++, yesNo(row.vetoed()), styles.text);
        text(line, c++, yesNo(row.doubleExcellent()), styles.text);
        text(line, c, advanced(row.advanced()), styles.text);
    }

    private static void averages(org.apache.poi.ss.usermodel.Row line, ResultTable table, Styles styles) {
        List<Row> rows = table.rows();
        int c = 0;
        text(line, c++, AVERAGE, styles.total);
        text(line, c++, "共 " + rows.size() + " 个单位", styles.total);
        for (int i = 0; i < table.stars().size(); i++) {
            int star = i;
            number(line, c++, Numbers.mean(rows.stream().map(r -> r.stars().get(star).score()).toList()), styles.total);
        }
        text(line, c++, "", styles.total);
        number(line, c++, Numbers.mean(rows.stream().map(r -> BigDecimal.valueOf(r.starCount())).toList()), styles.total);
        for (Function<Row, BigDecimal> column : List.<Function<Row, BigDecimal>>of(Row::partyScore, Row::bonus,
                r -> r.deducted() == null ? null : r.deducted().baseline(),
                r -> r.deducted() == null ? null : r.deducted().penalties(),
                r -> r.deducted() == null ? null : r.deducted().falsification(), Row::serious, Row::total)) {
            List<BigDecimal> values = rows.stream().map(column).toList();
            if (values.contains(null)) {
                text(line, c++, "", styles.total);
            } else {
                number(line, c++, Numbers.mean(values), styles.total);
            }
        }
        for (int i = 0; i < 5; i++) {
            text(line, c++, "", styles.total);
        }
    }

    private static void counts(org.apache.poi.ss.usermodel.Row line, ResultTable table, Styles styles) {
        List<Row> rows = table.rows();
        int c = 0;
        text(line, c++, COUNT, styles.total);
        text(line, c++, "", styles.total);
        for (int i = 0; i < table.stars().size(); i++) {
            int star = i;
            number(line, c++, rows.stream().filter(r -> r.stars().get(star).awarded()).count(), styles.total);
        }
        text(line, c++, "", styles.total);
        number(line, c++, rows.stream().mapToInt(Row::starCount).sum(), styles.total);
        for (int i = 0; i < 7; i++) {
            text(line, c++, "", styles.total);
        }
        number(line, c++, rows.stream().filter(Row::partyExcellent).count(), styles.total);
        number(line, c++, rows.stream().filter(Row::performanceExcellent).count(), styles.total);
        number(line, c++, rows.stream().filter(Row::vetoed).count(), styles.total);
        number(line, c++, rows.stream().filter(Row::doubleExcellent).count(), styles.total);
        long advanced = rows.stream().filter(r -> "advanced".equals(r.advanced())).count();
        long deemed = rows.stream().filter(r -> "deemedAdvanced".equals(r.advanced())).count();
        text(line, c, "先进 " + advanced + "，视同先进 " + deemed, styles.total);
    }

    static String advanced(String code) {
        return code == null ? "" : ADVANCED.getOrDefault(code, code);
    }
}
