package com.xingping.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A template (or an export in the template's form, so it imports back): one sheet, bold frozen
 * headers, optional rows, and drop-down lists for columns that take one of a few words.
 */
public final class SheetTemplate {
    private final String sheetName;
    private final List<String> headers;
    private final List<Integer> widths = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();
    private final List<Choice> choices = new ArrayList<>();
    private Watermark mark;

    private record Choice(int column, int lastRow, String[] words) {
    }

    private SheetTemplate(String sheetName, List<String> headers) {
        this.sheetName = sheetName;
        this.headers = List.copyOf(headers);
    }

    public static SheetTemplate of(String sheetName, String... headers) {
        return new SheetTemplate(sheetName, List.of(headers));
    }

    /** Column widths in characters, in column order. */
    public SheetTemplate widths(int... characters) {
        for (int width : characters) {
            widths.add(width);
        }
        return this;
    }

    /** A drop-down of {@code words} on the column, from the first row below the header to {@code lastRow}. */
    public SheetTemplate choices(int column, int lastRow, String... words) {
        choices.add(new Choice(column, lastRow, words));
        return this;
    }

    /** A row of values: text, numbers (written as numbers) or null for an empty cell. */
    public SheetTemplate row(Object... values) {
        rows.add(Arrays.asList(values));
        return this;
    }

    /**
     * Stamps the export with who downloaded it: printed header and footer, and visible in the header
     * row one column right of the last header, where an import (which reads only the columns it knows) ignores it.
     */
    public SheetTemplate watermark(Watermark mark) {
        this.mark = mark;
        return this;
    }

    public byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    write(row, c, values.get(c));
                }
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            for (Choice choice : choices) {
                DataValidation list = helper.createValidation(helper.createExplicitListConstraint(choice.words()),
                        new CellRangeAddressList(1, choice.lastRow(), choice.column(), choice.column()));
                list.setShowErrorBox(true);
                sheet.addValidationData(list);
            }
            for (int i = 0; i < widths.size(); i++) {
                sheet.setColumnWidth(i, widths.get(i) * 256);
            }
            sheet.createFreezePane(0, 1);
            if (mark != null) {
                header.createCell(headers.size() + 1).setCellValue(mark.text());
                mark.stamp(workbook);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, int column, Object value) {
        if (value instanceof BigDecimal decimal) {
            row.createCell(column).setCellValue(decimal.doubleValue());
        } else if (value instanceof Number number) {
            row.createCell(column).setCellValue(number.doubleValue());
        } else if (value != null) {
            row.createCell(column).setCellValue(value.toString());
        }
    }
}
