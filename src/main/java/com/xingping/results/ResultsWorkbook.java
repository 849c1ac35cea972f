package com.xingping.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.xingping.results.ResultTable.Cell;
import com.xingping.results.ResultTable.Row;
import com.xingping.results.ResultTable.StarHead;
import com.xingping.results.UnitSheet.CriterionPart;
import com.xingping.results.UnitSheet.ElementPart;
import com.xingping.results.UnitSheet.StarPart;

/**
 * The exports a committee hands to its leaders: the results table (one row per unit, best first)
 * and one unit's scorecard (one row per element). Chinese headers under a title row, the header
 * frozen, an average row and a count row under the units; A4 landscape, headers repeated on every
 * printed page. Numbers are the edition's, as numbers.
 */
final class ResultsWorkbook {
    static final String RESULTS_SHEET = "年度结果";
    static final String ELEMENTS_SHEET = "得分明细";
    static final String SUMMARY_SHEET = "星级与总分";
    static final String AVERAGE = "平均分";
    static final String COUNT = "合计（获星或为“是”的单位数）";
    static final String ELEMENTS_TOTAL = "各项合计";
    static final String YES = "是";
    static final String NO = "否";
    static final Map<String, String> ADVANCED = Map.of("advanced", "先进", "deemedAdvanced", "视同先进");
    static final Map<String, String> WITHHELD = Map.of("BELOW_THRESHOLD", "未达获星线", "BASELINE_VIOLATED",
            "违反底线标准", "FALSIFIED", "有弄虚作假");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private ResultsWorkbook() {
    }

    /** The headers of the results table, in column order. */
    static List<String> resultHeaders(List<StarHead> stars) {
        List<String> headers = new java.util.ArrayList<>(List.of("排名", "单位"));
        stars.forEach(s -> headers.add(s.name()));
        headers.addAll(List.of("星级", "星数", "党建分", "加分", "扣分", "总分", "党建优", "业绩优", "一票否决", "双优",
                "先进/视同先进"));
        return headers;
    }

    static byte[] results(EditionHead head, ResultTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(RESULTS_SHEET);
            List<String> headers = resultHeaders(table.stars());
            title(sheet, styles, title(head, "考评结果"), headers.size());
            header(sheet, styles, headers);
            int index = 2;
            for (Row row : table.rows()) {
                org.apache.poi.ss.usermodel.Row line = sheet.createRow(index++);
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
                number(line, c++, row.deductions(), styles.number);
                number(line, c++, row.total(), styles.bold);
                text(line, c++, yesNo(row.partyExcellent()), styles.text);
                text(line, c++, yesNo(row.performanceExcellent()), styles.text);
                text(line, c++, yesNo(row.vetoed()), styles.text);
                text(line, c++, yesNo(row.doubleExcellent()), styles.text);
                text(line, c, row.advanced() == null ? "" : ADVANCED.getOrDefault(row.advanced(), row.advanced()),
                        styles.text);
            }
            averages(sheet.createRow(index++), table, styles);
            counts(sheet.createRow(index), table, styles);
            finish(sheet, headers.size(), 2);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                Row::deductions, Row::total)) {
            number(line, c++, Numbers.mean(rows.stream().map(column).toList()), styles.total);
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
        for (int i = 0; i < 4; i++) {
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

    static final List<String> ELEMENT_HEADERS = List.of("星", "指标", "编号", "项目", "满分", "得分", "细则原文", "计分说明",
            "依据记录");
    static final List<String> SUMMARY_HEADERS = List.of("项目", "得分", "满分", "获星线", "结论");

    static byte[] scorecard(UnitSheet unit) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            elements(workbook.createSheet(ELEMENTS_SHEET), unit, styles);
            summary(workbook.createSheet(SUMMARY_SHEET), unit, styles);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void elements(Sheet sheet, UnitSheet unit, Styles styles) {
        title(sheet, styles, unit.unitName() + " · " + title(unit.head(), "得分明细"), ELEMENT_HEADERS.size());
        header(sheet, styles, ELEMENT_HEADERS);
        int index = 2;
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        for (StarPart star : unit.stars()) {
            for (CriterionPart criterion : star.criteria()) {
                for (ElementPart element : criterion.elements()) {
                    org.apache.poi.ss.usermodel.Row line = sheet.createRow(index++);
                    text(line, 0, star.name(), styles.text);
                    text(line, 1, criterion.name(), styles.wrapped);
                    text(line, 2, element.id(), styles.text);
                    text(line, 3, element.name(), styles.wrapped);
                    number(line, 4, element.max(), styles.number);
                    number(line, 5, element.value(), styles.bold);
                    text(line, 6, element.rule(), styles.wrapped);
                    text(line, 7, String.join("\n", element.explanation()), styles.wrapped);
                    text(line, 8, String.join("\n", element.records().stream()
                            .map(r -> r.date() + " " + r.title() + (r.falsified() ? "（弄虚作假）" : "")).toList()),
                            styles.wrapped);
                    max = max.add(element.max());
                    value = value.add(element.value());
                }
            }
        }
        org.apache.poi.ss.usermodel.Row total = sheet.createRow(index);
        for (int c = 0; c < ELEMENT_HEADERS.size(); c++) {
            text(total, c, "", styles.total);
        }
        text(total, 0, ELEMENTS_TOTAL, styles.total);
        number(total, 4, max, styles.total);
        number(total, 5, value, styles.total);
        finish(sheet, ELEMENT_HEADERS.size(), 0);
        int[] widths = {10, 24, 14, 24, 8, 8, 40, 40, 30};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static void summary(Sheet sheet, UnitSheet unit, Styles styles) {
        title(sheet, styles, unit.unitName() + " · " + title(unit.head(), "星级与总分"), SUMMARY_HEADERS.size());
        header(sheet, styles, SUMMARY_HEADERS);
        int index = 2;
        for (StarPart star : unit.stars()) {
            org.apache.poi.ss.usermodel.Row line = sheet.createRow(index++);
            text(line, 0, star.name(), styles.text);
            number(line, 1, star.score(), star.awarded() ? styles.awarded : styles.number);
            number(line, 2, star.max(), styles.number);
            number(line, 3, star.threshold(), styles.number);
            text(line, 4, star.awarded() ? "★ 获星" : "未获星：" + String.join("、",
                    star.withheld().stream().map(w -> WITHHELD.getOrDefault(w, w)).toList()), styles.text);
        }
        UnitSheet.Summary s = unit.summary();
        index = line(sheet, index, "党建分", s.partyScore(), "五星合计", styles);
        index = line(sheet, index, "加分", s.bonus(), unit.bonus().capped() ? "加分合计 "
                + unit.bonus().uncapped().toPlainString() + " 分，以 " + unit.bonus().cap().toPlainString() + " 分为限" : "",
                styles);
        index = line(sheet, index, "扣分", s.deductions(), "", styles);
        index = line(sheet, index, "总分", s.total(), "排名 " + s.rank() + " / " + s.rankedUnits(), styles);
        index = flag(sheet, index, "党建优", s.partyExcellent(), styles);
        index = flag(sheet, index, "业绩优", s.performanceExcellent(), s.vetoed() ? "一票否决" : "", styles);
        index = flag(sheet, index, "双优", s.doubleExcellent(), "", styles);
        org.apache.poi.ss.usermodel.Row line = sheet.createRow(index);
        text(line, 0, "先进/视同先进", styles.text);
        text(line, 4, s.advanced() == null ? "" : ADVANCED.getOrDefault(s.advanced(), s.advanced()), styles.text);
        finish(sheet, SUMMARY_HEADERS.size(), 0);
        sheet.setColumnWidth(4, 40 * 256);
    }

    private static int line(Sheet sheet, int index, String label, BigDecimal value, String note, Styles styles) {
        org.apache.poi.ss.usermodel.Row line = sheet.createRow(index);
        text(line, 0, label, styles.total);
        number(line, 1, value, styles.total);
        text(line, 4, note, styles.text);
        return index + 1;
    }

    private static int flag(Sheet sheet, int index, String label, boolean value, Styles styles) {
        return flag(sheet, index, label, value, "", styles);
    }

    private static int flag(Sheet sheet, int index, String label, boolean value, String note, Styles styles) {
        org.apache.poi.ss.usermodel.Row line = sheet.createRow(index);
        text(line, 0, label, styles.text);
        text(line, 1, yesNo(value), styles.text);
        text(line, 4, note, styles.text);
        return index + 1;
    }

    static String title(EditionHead head, String what) {
        String edition = head.draft() ? "草稿（未发布）"
                : "第 " + head.version() + " 版，" + head.publishedBy() + " 发布于 " + WHEN.format(head.publishedAt());
        return head.year() + " 年度市直机关基层党组织“五星示范、双优引领”" + what + "（" + edition + "；细则 "
                + head.rubricId() + "）";
    }

    private static void title(Sheet sheet, Styles styles, String title, int columns) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(0);
        row.setHeightInPoints(24);
        text(row, 0, title, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
    }

    private static void header(Sheet sheet, Styles styles, List<String> headers) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(1);
        for (int c = 0; c < headers.size(); c++) {
            text(row, c, headers.get(c), styles.header);
        }
    }

    /** Freezes the title and header rows (and {@code frozenColumns}), repeats them when printed, A4 landscape. */
    private static void finish(Sheet sheet, int columns, int frozenColumns) {
        sheet.createFreezePane(frozenColumns, 2);
        sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        if (frozenColumns > 0) {
            sheet.setColumnWidth(1, 18 * 256);
            for (int c = 2; c < columns; c++) {
                sheet.setColumnWidth(c, 10 * 256);
            }
        }
    }

    private static String yesNo(boolean value) {
        return value ? YES : NO;
    }

    private static void text(org.apache.poi.ss.usermodel.Row row, int column, String value, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private static void number(org.apache.poi.ss.usermodel.Row row, int column, BigDecimal value, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static void number(org.apache.poi.ss.usermodel.Row row, int column, long value, CellStyle style) {
        number(row, column, BigDecimal.valueOf(value), style);
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    /** The few cell styles of both exports. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle number;
        final CellStyle bold;
        final CellStyle awarded;
        final CellStyle total;

        Styles(Workbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            header = bordered(workbook);
            header.setFont(boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(workbook);
            wrapped = bordered(workbook);
            wrapped.setWrapText(true);
            number = bordered(workbook);
            bold = bordered(workbook);
            bold.setFont(boldFont);
            awarded = bordered(workbook);
            awarded.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            awarded.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            total = bordered(workbook);
            total.setFont(boldFont);
            total.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            total.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
