package com.xingping.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Spreadsheets made with POI for the import tests: strings stay text, numbers become numeric cells, null is empty. */
public final class Xlsx {
    private final List<Object[]> rows = new ArrayList<>();

    private Xlsx(Object[] header) {
        rows.add(header);
    }

    public static Xlsx header(Object... titles) {
        return new Xlsx(titles);
    }

    public Xlsx row(Object... values) {
        rows.add(values);
        return this;
    }

    public byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("导入");
            for (int r = 0; r < rows.size(); r++) {
                write(sheet.createRow(r), rows.get(r));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, Object[] values) {
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else if (value instanceof Boolean bool) {
                row.createCell(c).setCellValue(bool);
            } else if (value != null) {
                row.createCell(c).setCellValue(value.toString());
            }
        }
    }

    /** A PDF's first bytes: a file that is not a spreadsheet. */
    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A Word document: a zip like an .xlsx, but no workbook. */
    public static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Random bytes of the given size: a huge file. */
    public static byte[] noise(int size) {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    @Override
    public String toString() {
        return rows.stream().map(Arrays::toString).toList().toString();
    }
}
