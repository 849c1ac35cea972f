package com.xingping.sheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.poi.poifs.filesystem.FileMagic;

import com.xingping.kernel.Refusal;

/**
 * A CSV file as Excel and WPS save it: comma-separated, a field in double quotes may hold commas,
 * line breaks and doubled quotes, each record one row (numbered as a spreadsheet program shows it).
 * The encoding is told from the bytes: UTF-8 when they decode as UTF-8 without error (a BOM is
 * dropped), else GBK ("CSV" from Excel or WPS on a Chinese Windows); bytes that are neither, or text
 * with control characters, are no CSV. Upload sizes are capped, so the text is decoded whole.
 */
final class CsvSheet {
    private static final Charset GBK = Charset.forName("GBK");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvSheet() {
    }

    static List<SheetRow> read(byte[] content, SheetReader.Layout layout) {
        if (FileMagic.valueOf(content) != FileMagic.UNKNOWN) {
            throw new Refusal("file", SheetReader.NOT_A_SHEET);
        }
        boolean bom = content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
        ByteBuffer bytes = bom ? ByteBuffer.wrap(content, 3, content.length - 3) : ByteBuffer.wrap(content);
        String text = decoded(bytes.duplicate(), StandardCharsets.UTF_8);
        SheetFormat format = SheetFormat.csv("UTF-8");
        if (text == null && !bom) {
            text = decoded(bytes, GBK);
            format = SheetFormat.csv("GBK");
        }
        if (text == null || text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n')) {
            throw new Refusal("file", SheetReader.NOT_A_SHEET);
        }
        SheetRows rows = new SheetRows(layout, format);
        new Records(text, rows, format).read();
        return rows.rows();
    }

    private static String decoded(ByteBuffer bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** RFC 4180 records, as Excel reads them: text after a closing quote belongs to the same field. */
    private static final class Records {
        private final String text;
        private final SheetRows rows;
        private final SheetFormat format;
        private int at;
        private int row;
        private SortedMap<Integer, SheetCell> cells;
        private int column;
        private final StringBuilder field = new StringBuilder();

        Records(String text, SheetRows rows, SheetFormat format) {
            this.text = text;
            this.rows = rows;
            this.format = format;
        }

        void read() {
            while (at < text.length()) {
                record();
            }
        }

        private void record() {
            row++;
            cells = new TreeMap<>();
            column = 0;
            field.setLength(0);
            boolean quoted = false;
            boolean wasQuoted = false;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (quoted) {
                    if (c != '"') {
                        append(c);
                    } else if (at < text.length() && text.charAt(at) == '"') {
                        append('"');
                        at++;
                    } else {
                        quoted = false;
                    }
                } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    endField();
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && at < text.length() && text.charAt(at) == '\n') {
                        at++;
                    }
                    break;
                } else {
                    append(c);
                }
            }
            if (quoted) {
                throw new Refusal("file", "第 " + row + " 行" + format.suffix() + "有引号没有成对，文件在引号内结束；请在表格软件中打开后重新另存为 CSV 再导入");
            }
            endField();
            rows.row(row, cells);
        }

        private void endField() {
            if (rows.wants(column) && !field.toString().isBlank()) {
                cells.put(column, SheetCell.text(field.toString()));
            }
            column++;
            field.setLength(0);
        }

        private void append(char c) {
            if (field.length() == SheetXml.MAX_CELL_CHARS) {
                throw new Refusal("file", "第 " + row + " 行" + format.suffix() + "有单元格超过 " + SheetXml.MAX_CELL_CHARS
                        + " 个字符（表格软件的上限），这不是正常填写的表格，请下载模板填写后导入");
            }
            field.append(c);
        }
    }
}
