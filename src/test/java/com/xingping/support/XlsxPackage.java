package com.xingping.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An .xlsx written part by part, for what POI's writers never make: rows without row numbers, a
 * sheet or shared strings that inflate to hundreds of megabytes, cells of every type side by side.
 * The sheet's XML is streamed into the zip, so a huge sheet is never held by the test either.
 */
public final class XlsxPackage {
    /** Writes the rows (the content of {@code <sheetData>}). */
    @FunctionalInterface
    public interface SheetData {
        void write(Writer out) throws IOException;
    }

    private final SheetData sheetData;
    private final Map<String, String> parts = new LinkedHashMap<>();

    private XlsxPackage(SheetData sheetData) {
        this.sheetData = sheetData;
    }

    public static XlsxPackage sheet(SheetData sheetData) {
        return new XlsxPackage(sheetData);
    }

    public static XlsxPackage sheet(String sheetData) {
        return new XlsxPackage(out -> out.write(sheetData));
    }

    /**
     * The header 单位编码 / 得分, then {@code rows} rows of one unit's score (90–99) without row numbers:
     * a million of them compress to about 930 KB, under the upload limit, like the upload of issue 11.
     */
    public static byte[] scores(int rows) {
        Random scores = new Random(11);
        return sheet(out -> {
            out.write("<row><c t=\"inlineStr\"><is><t>单位编码</t></is></c><c t=\"inlineStr\"><is><t>得分</t></is></c></row>");
            for (int i = 0; i < rows; i++) {
                out.write("<row><c t=\"inlineStr\"><is><t>U01</t></is></c><c><v>" + (90 + scores.nextInt(10)) + "</v></c></row>");
            }
        }).bytes();
    }

    /** The shared strings, each an {@code <si>} item. */
    public XlsxPackage sharedStrings(String... items) {
        StringBuilder xml = new StringBuilder("<sst xmlns=\"" + MAIN + "\">");
        for (String item : items) {
            xml.append("<si>").append(item).append("</si>");
        }
        parts.put("xl/sharedStrings.xml", xml.append("</sst>").toString());
        return this;
    }

    /** The styles part: {@code numFmts} (may be empty) and the {@code <xf>} elements of {@code cellXfs}. */
    public XlsxPackage styles(String numFmts, String cellXfs) {
        parts.put("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\">" + numFmts + "<cellXfs>" + cellXfs
                + "</cellXfs></styleSheet>");
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            put(zip, "[Content_Types].xml", contentTypes());
            put(zip, "_rels/.rels", "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\"" + OFFICE
                    + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + R + "\"><sheets>"
                    + "<sheet name=\"导入\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", workbookRels());
            for (Map.Entry<String, String> part : parts.entrySet()) {
                put(zip, part.getKey(), part.getValue());
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            out.write("<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            sheetData.write(out);
            out.write("</sheetData></worksheet>");
            out.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + SPREADSHEET + ".sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + SPREADSHEET + ".worksheet+xml\"/>");
        if (parts.containsKey("xl/sharedStrings.xml")) {
            xml.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + SPREADSHEET + ".sharedStrings+xml\"/>");
        }
        if (parts.containsKey("xl/styles.xml")) {
            xml.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"" + SPREADSHEET + ".styles+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private String workbookRels() {
        StringBuilder xml = new StringBuilder("<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\""
                + OFFICE + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>");
        if (parts.containsKey("xl/sharedStrings.xml")) {
            xml.append("<Relationship Id=\"rId2\" Type=\"" + OFFICE + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        if (parts.containsKey("xl/styles.xml")) {
            xml.append("<Relationship Id=\"rId3\" Type=\"" + OFFICE + "/styles\" Target=\"styles.xml\"/>");
        }
        return xml.append("</Relationships>").toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String OFFICE = R;
    private static final String SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml";
}
