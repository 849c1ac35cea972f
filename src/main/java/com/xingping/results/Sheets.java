package com.xingping.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.xingping.sheet.Watermark;

/**
 * What both exports share: a title row (with the downloader's watermark) over Chinese headers, both frozen and repeated on every
 * printed A4 landscape page, bordered cells, numbers as numbers.
 */
final class Sheets {
    static final String YES = "是";
    static final String NO = "否";
    static final int FIRST_ROW = 2;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private Sheets() {
    }

    /** A new workbook filled by {@code fill} and stamped with {@code mark}, as the bytes of an .xlsx file. */
    static byte[] workbook(Watermark mark, Consumer<Workbook> fill) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill.accept(workbook);
            mark.stamp(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "2018 年度市直机关基层党组织“五星示范、双优引领”考评结果（第 2 版，admin 发布于 …；细则 shaoxing-2018）". */
    static String title(EditionHead head, String what) {
        String edition = head.draft() ? "草稿（未发布）"
                : "第 " + head.version() + " 版，" + head.publishedBy() + " 发布于 " + WHEN.format(head.publishedAt());
        return head.year() + " 年度市直机关基层党组织“五星示范、双优引领”" + what + "（" + edition + "；细则 "
                + head.rubricId() + "）";
    }

    /** Row 0: the title across every column, the watermark under it in small print; row 1: the headers. */
    static void titleAndHeaders(Sheet sheet, Styles styles, String title, Watermark mark, List<String> headers) {
        Row titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(40);
        RichTextString text = sheet.getWorkbook().getCreationHelper().createRichTextString(title + "\n" + mark.text());
        text.applyFont(0, title.length(), styles.titleFont);
        text.applyFont(title.length(), text.length(), styles.markFont);
        Cell cell = titleRow.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        Row header = sheet.createRow(1);
        for (int c = 0; c < headers.size(); c++) {
            text(header, c, headers.get(c), styles.header);
        }
    }

    /** Freezes the title and header rows (and {@code frozenColumns}), repeats the headers when printed, A4 landscape. */
    static void finish(Sheet sheet, int frozenColumns) {
        sheet.createFreezePane(frozenColumns, FIRST_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    static String yesNo(boolean value) {
        return value ? YES : NO;
    }

    static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    static void number(Row row, int column, long value, CellStyle style) {
        number(row, column, BigDecimal.valueOf(value), style);
    }

    /** The few cell styles of the exports. */
    static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle number;
        final CellStyle bold;
        final CellStyle awarded;
        final CellStyle total;
        final Font titleFont;
        final Font markFont;

        Styles(Workbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            markFont = workbook.createFont();
            markFont.setFontHeightInPoints((short) 9);
            markFont.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setWrapText(true);
            header = filled(workbook, IndexedColors.GREY_25_PERCENT);
            header.setFont(boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered(workbook);
            wrapped = bordered(workbook);
            wrapped.setWrapText(true);
            number = bordered(workbook);
            bold = bordered(workbook);
            bold.setFont(boldFont);
            awarded = filled(workbook, IndexedColors.LIGHT_YELLOW);
            total = filled(workbook, IndexedColors.GREY_25_PERCENT);
            total.setFont(boldFont);
        }

        private static CellStyle filled(Workbook workbook, IndexedColors color) {
            CellStyle style = bordered(workbook);
            style.setFillForegroundColor(color.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
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
