package com.xingping.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.util.XMLHelper;

import com.xingping.kernel.Refusal;

/**
 * The first table of an OpenDocument spreadsheet (.ods, as LibreOffice and WPS save it), streamed:
 * {@code content.xml} is read from the zip in place through StAX (inflated only up to
 * {@link CappedParts}' sheet limit), row by row, until the layout's row limit. Repeated rows and cells
 * ({@code table:number-rows-repeated}, {@code table:number-columns-repeated}, which LibreOffice writes
 * for the empty rest of a sheet) advance the position without being expanded when they are empty.
 */
final class OdsSheet {
    static final String CONTENT = "content.xml";
    private static final String MIMETYPE = "mimetype";
    private static final String ODF = "application/vnd.oasis.opendocument.";
    private static final String SPREADSHEET = ODF + "spreadsheet";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    /** LibreOffice's and Excel's widest sheet; cells repeated beyond it are not read. */
    private static final int MAX_COLUMNS = 16_384;
    private static final String UNREADABLE = "无法读取该文件：它不是有效的 OpenDocument 表格（.ods），请下载模板填写后导入";

    private OdsSheet() {
    }

    /** Whether the zip says it is an OpenDocument file (of any kind: a text document is refused when read). */
    static boolean isOpenDocument(byte[] content) {
        try (ZipFile zip = ZipFile.builder().setByteArray(content).get()) {
            ZipArchiveEntry entry = zip.getEntry(MIMETYPE);
            if (entry == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip().startsWith(ODF);
            }
        } catch (IOException e) {
            return false;
        }
    }

    static List<SheetRow> read(byte[] content, SheetReader.Layout layout) {
        SheetRows rows = new SheetRows(layout, SheetFormat.ODS);
        CappedParts parts = open(content);
        try (parts) {
            ZipArchiveEntry mimetype = parts.getEntry(MIMETYPE);
            try (InputStream in = parts.getInputStream(mimetype)) {
                String type = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                if (!type.equals(SPREADSHEET) && !type.equals(SPREADSHEET + "-template")) {
                    throw new Refusal("file", SheetReader.NOT_A_SHEET);
                }
            }
            refuseEncrypted(parts);
            ZipArchiveEntry sheet = parts.getEntry(CONTENT);
            if (sheet == null) {
                throw new Refusal("file", UNREADABLE);
            }
            try (InputStream in = parts.getInputStream(sheet)) {
                XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
                try {
                    new Table(xml, rows).read();
                } finally {
                    xml.close();
                }
            }
        } catch (Refusal refusal) {
            throw refusal;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw parts.exceeded() != null ? parts.exceeded().refusal("该 OpenDocument 表格") : new Refusal("file", UNREADABLE);
        }
        return rows.rows();
    }

    private static CappedParts open(byte[] content) {
        try {
            return new CappedParts(new ZipFileZipEntrySource(ZipFile.builder().setByteArray(content).get()));
        } catch (IOException e) {
            throw new Refusal("file", UNREADABLE);
        }
    }

    /** A password-protected .ods lists how each part was encrypted in its manifest. */
    private static void refuseEncrypted(CappedParts parts) throws IOException {
        ZipArchiveEntry manifest = parts.getEntry("META-INF/manifest.xml");
        if (manifest == null) {
            return;
        }
        try (InputStream in = parts.getInputStream(manifest)) {
            if (new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("encryption-data")) {
                throw new Refusal("file", "该表格文件设有密码，请取消密码后再导入");
            }
        }
    }

    /** The StAX walk of {@code content.xml} through its first {@code table:table}. */
    private static final class Table {
        private final XMLStreamReader xml;
        private final SheetRows rows;
        private int row;

        Table(XMLStreamReader xml, SheetRows rows) {
            this.xml = xml;
            this.rows = rows;
        }

        void read() throws XMLStreamException {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && is(TABLE, "table")) {
                    table();
                    return;
                }
            }
        }

        private void table() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && is(TABLE, "table-row")) {
                    row(repeated("number-rows-repeated"));
                } else if (event == XMLStreamConstants.START_ELEMENT && is(TABLE, "table")) {
                    skip();
                } else if (event == XMLStreamConstants.END_ELEMENT && is(TABLE, "table")) {
                    return;
                }
            }
        }

        private void row(int repeat) throws XMLStreamException {
            SortedMap<Integer, SheetCell> cells = new TreeMap<>();
            int column = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && (is(TABLE, "table-cell") || is(TABLE, "covered-table-cell"))) {
                    int span = repeated("number-columns-repeated");
                    SheetCell cell = cell();
                    if (!cell.blank()) {
                        for (int c = column; c < Math.min(MAX_COLUMNS, column + (long) span); c++) {
                            if (rows.wants(c)) {
                                cells.put(c, cell);
                            }
                        }
                    }
                    column = (int) Math.min(MAX_COLUMNS, column + (long) span);
                } else if (event == XMLStreamConstants.END_ELEMENT && is(TABLE, "table-row")) {
                    break;
                }
            }
            if (cells.isEmpty()) {
                row = (int) Math.min(Integer.MAX_VALUE, row + (long) repeat);
                return;
            }
            // a repeated filled row is so many rows; the layout's row limit ends a long repetition
            for (int i = 0; i < repeat; i++) {
                rows.row(++row, cells);
            }
        }

        /** The cell the reader is at, read to its end: its value as its type says, or its paragraphs' text. */
        private SheetCell cell() throws XMLStreamException {
            String type = xml.getAttributeValue(OFFICE, "value-type");
            String value = xml.getAttributeValue(OFFICE, "value");
            String date = xml.getAttributeValue(OFFICE, "date-value");
            String time = xml.getAttributeValue(OFFICE, "time-value");
            String bool = xml.getAttributeValue(OFFICE, "boolean-value");
            String text = text();
            if (type == null) {
                return text.isBlank() ? SheetCell.BLANK : SheetCell.text(text);
            }
            return switch (type) {
                case "float", "percentage", "currency" -> value == null ? SheetCell.text(text)
                        : SheetCell.number(Double.parseDouble(value.strip()), false);
                case "date", "time" -> new SheetCell(text.isBlank() ? date != null ? date : time == null ? "" : time : text.strip(),
                        SheetCell.Reading.refused("须为数字"));
                case "boolean" -> SheetCell.bool("true".equals(bool));
                default -> SheetCell.text(text);
            };
        }

        /** The text of the cell's paragraphs (joined by line breaks), without its comments. */
        private String text() throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            int paragraphs = 0;
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (is(OFFICE, "annotation")) {
                        skip();
                        depth--;
                    } else if (is(TEXT, "p") && paragraphs++ > 0) {
                        append(text, "\n");
                    } else if (is(TEXT, "s")) {
                        String count = xml.getAttributeValue(TEXT, "c");
                        append(text, " ".repeat(count == null ? 1 : Math.min(SheetXml.MAX_CELL_CHARS + 1, Integer.parseInt(count.strip()))));
                    } else if (is(TEXT, "tab")) {
                        append(text, "\t");
                    } else if (is(TEXT, "line-break")) {
                        append(text, "\n");
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    append(text, xml.getText());
                }
            }
            return text.toString();
        }

        private void append(StringBuilder text, String more) {
            if (text.length() + more.length() > SheetXml.MAX_CELL_CHARS) {
                throw new Refusal("file", "第 " + (row + 1) + " 行" + SheetFormat.ODS.suffix() + "有单元格超过 "
                        + SheetXml.MAX_CELL_CHARS + " 个字符（表格软件的上限），这不是正常填写的表格，请下载模板填写后导入");
            }
            text.append(more);
        }

        /** Reads past the end of the element the reader is at. */
        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private int repeated(String attribute) {
            String count = xml.getAttributeValue(TABLE, attribute);
            try {
                return count == null ? 1 : Math.max(1, Integer.parseInt(count.strip()));
            } catch (NumberFormatException e) {
                throw new Refusal("file", UNREADABLE);
            }
        }

        private boolean is(String namespace, String name) {
            return namespace.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
        }
    }
}
