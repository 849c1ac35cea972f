package com.xingping.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * OpenDocument spreadsheets (.ods) as LibreOffice writes them, made without LibreOffice: the
 * {@code mimetype} entry first and stored, {@code content.xml} and the manifest. Strings become string
 * cells, numbers float cells, null an empty cell; {@link #content} writes a table's rows as given, so
 * repeated rows and cells, comments and huge sheets can be tried too.
 */
public final class Ods {
    public static final String SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\"";
    private final List<Object[]> rows = new ArrayList<>();

    private Ods(Object[] header) {
        rows.add(header);
    }

    /** Writes the rows of the first table (what goes inside {@code <table:table>}). */
    @FunctionalInterface
    public interface TableRows {
        void write(Writer out) throws IOException;
    }

    public static Ods header(Object... titles) {
        return new Ods(titles);
    }

    public Ods row(Object... values) {
        rows.add(values);
        return this;
    }

    public byte[] bytes() {
        return content(SPREADSHEET, out -> {
            for (Object[] row : rows) {
                out.write("<table:table-row>");
                for (Object value : row) {
                    out.write(cell(value));
                }
                out.write("<table:table-cell table:number-columns-repeated=\"16370\"/></table:table-row>");
            }
            // LibreOffice's empty rest of the sheet
            out.write("<table:table-row table:number-rows-repeated=\"1048500\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>");
        });
    }

    /** A package of the given mimetype whose first table holds {@code rows}, then a second table that is not read. */
    public static byte[] content(String mimetype, TableRows rows) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(type);
            zip.closeEntry();

            zip.putNextEntry(new ZipEntry("content.xml"));
            Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + NAMESPACES
                    + "><office:body><office:spreadsheet><table:table table:name=\"导入\">");
            rows.write(out);
            out.write("</table:table><table:table table:name=\"说明\"><table:table-row><table:table-cell office:value-type=\"string\">"
                    + "<text:p>不读这张表</text:p></table:table-cell></table:table-row></table:table>"
                    + "</office:spreadsheet></office:body></office:document-content>");
            out.flush();
            zip.closeEntry();

            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                    + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mimetype + "\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "<table:table-cell/>";
        }
        if (value instanceof Number number) {
            String plain = new BigDecimal(number.toString()).toPlainString();
            return "<table:table-cell office:value-type=\"float\" office:value=\"" + plain + "\"><text:p>" + plain
                    + "</text:p></table:table-cell>";
        }
        return "<table:table-cell office:value-type=\"string\"><text:p>" + escaped(value.toString()) + "</text:p></table:table-cell>";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
