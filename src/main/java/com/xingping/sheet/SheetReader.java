package com.xingping.sheet;

import java.util.List;

import org.apache.poi.poifs.filesystem.FileMagic;

import com.xingping.kernel.Refusal;
import com.xingping.kernel.ZipLimits;

/**
 * Reads the first sheet of an uploaded spreadsheet, the one entry point of every import: the header
 * row names the columns (a header cell belongs to a column when it starts with the column's name, so
 * "身份(班子成员|普通党员)" is 身份; the order does not matter), every row below it that is not blank in
 * all of them is one {@link SheetRow}. The format is told from the content, not the file's name: an
 * .xlsx, an .xls, an OpenDocument .ods, or CSV text in UTF-8 (with or without BOM) or else GBK.
 * Refuses, naming the file, anything else (listing the accepted formats), a protected workbook, a
 * missing header, more rows than allowed (as soon as the first row too many is met: an .xlsx or .ods
 * is streamed, never held whole) and a zip that inflates far beyond any filled template (checked
 * whole by {@link ZipLimits#DEFAULT} before anything is parsed, 413); the rows' own problems are the
 * importer's to judge.
 */
public final class SheetReader {
    static final String UNREADABLE = "无法读取该文件：它不是有效的 Excel 表格，请下载模板填写后导入";
    static final String NOT_A_SHEET = "该文件不是可导入的表格。" + SheetFormat.ACCEPTED + "；请下载模板填写后导入";

    static {
        ZipLimits.DEFAULT.applyToPoi();
    }

    private SheetReader() {
    }

    /** What an import expects: the columns it needs, those it reads when present, and how many rows it takes. */
    public record Layout(List<String> required, List<String> optional, int maxRows, String tooManyRows) {
        public Layout {
            required = List.copyOf(required);
            optional = List.copyOf(optional);
        }

        public static Layout of(int maxRows, String tooManyRows, String... required) {
            return new Layout(List.of(required), List.of(), maxRows, tooManyRows);
        }

        public Layout withOptional(String... columns) {
            return new Layout(required, List.of(columns), maxRows, tooManyRows);
        }
    }

    public static List<SheetRow> rows(byte[] content, Layout layout) {
        return switch (FileMagic.valueOf(content)) {
            case OOXML -> {
                ZipLimits.DEFAULT.check(content, "file", "该表格文件");
                yield OdsSheet.isOpenDocument(content) ? OdsSheet.read(content, layout) : StreamedSheet.read(content, layout);
            }
            case OLE2 -> LegacySheet.read(content, layout);
            default -> CsvSheet.read(content, layout);
        };
    }
}
