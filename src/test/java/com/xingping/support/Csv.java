package com.xingping.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CSV files as Excel and WPS save them: comma-separated, CRLF, a field quoted when it holds a comma,
 * quote or line break; in UTF-8 with a BOM (Excel's "CSV UTF-8"), UTF-8 without, or GBK (plain
 * "CSV" on a Chinese Windows). null is an empty field.
 */
public final class Csv {
    public static final Charset GBK = Charset.forName("GBK");
    private final List<Object[]> rows = new ArrayList<>();

    private Csv(Object[] header) {
        rows.add(header);
    }

    public static Csv header(Object... titles) {
        return new Csv(titles);
    }

    public Csv row(Object... values) {
        rows.add(values);
        return this;
    }

    public String text() {
        return rows.stream().map(row -> Stream.of(row).map(Csv::field).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    public byte[] utf8WithBom() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(utf8());
        return out.toByteArray();
    }

    public byte[] utf8() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] gbk() {
        return text().getBytes(GBK);
    }

    private static String field(Object value) {
        String text = value == null ? "" : value.toString();
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
