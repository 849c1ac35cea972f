package com.xingping.sheet;

import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import com.xingping.kernel.Refusal;

/**
 * The SAX reading of a worksheet's XML ({@code <row r><c r t s><f/><v/><is><t/></is></c></row>}): each
 * row's wanted cells are handed to {@link SheetRows} as soon as the row ends, read as POI's user model
 * reads them: shared and inline strings (without phonetic runs), numbers, a formula's cached value,
 * booleans and errors; a row or cell without its reference follows the previous one.
 */
final class SheetXml extends DefaultHandler {
    /** Excel's own limit on a cell's text; a longer one was not written by Excel and is not read on. */
    static final int MAX_CELL_CHARS = 32_767;
    private final SharedStrings strings;
    private final DateStyles styles;
    private final SheetRows rows;

    private int row;
    private SortedMap<Integer, SheetCell> cells;
    private int column;
    private boolean wanted;
    private String type;
    private int style;
    private boolean formula;
    private String value;
    private StringBuilder inline;
    private boolean phonetic;
    private StringBuilder text;

    SheetXml(SharedStrings strings, DateStyles styles, SheetRows rows) {
        this.strings = strings;
        this.styles = styles;
        this.rows = rows;
    }

    static String name(String localName, String qName) {
        return localName == null || localName.isEmpty() ? qName : localName;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (name(localName, qName)) {
            case "row" -> {
                String r = attributes.getValue("r");
                row = r == null ? row + 1 : Integer.parseInt(r.strip());
                cells = new TreeMap<>();
                column = -1;
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? column + 1 : new CellReference(r).getCol();
                wanted = cells != null && rows.wants(column);
                type = attributes.getValue("t") == null ? "n" : attributes.getValue("t");
                style = attributes.getValue("s") == null ? 0 : Integer.parseInt(attributes.getValue("s").strip());
                formula = false;
                value = null;
                inline = null;
            }
            case "f" -> formula = true;
            case "v" -> text = wanted ? new StringBuilder() : null;
            case "is" -> inline = wanted ? new StringBuilder() : null;
            case "rPh" -> phonetic = true;
            case "t" -> text = inline != null && !phonetic ? inline : null;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (text != null) {
            if (text.length() + length > MAX_CELL_CHARS) {
                throw new Refusal("file", "第 " + row + " 行有单元格超过 " + MAX_CELL_CHARS
                        + " 个字符（Excel 的上限），这不是正常填写的表格，请下载模板填写后导入");
            }
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (name(localName, qName)) {
            case "v" -> {
                value = text == null ? null : text.toString();
                text = null;
            }
            case "t" -> text = null;
            case "rPh" -> phonetic = false;
            case "c" -> {
                if (wanted) {
                    cells.put(column, cell());
                }
                wanted = false;
            }
            case "row" -> {
                rows.row(row, cells);
                cells = null;
            }
            default -> {
            }
        }
    }

    private SheetCell cell() {
        return switch (type) {
            case "s" -> SheetCell.text(value == null ? "" : formula ? decoded(value)
                    : strings.getItemAt(Integer.parseInt(value.strip())).getString());
            case "inlineStr" -> SheetCell.text(decoded(value != null ? value : inline == null ? "" : inline.toString()));
            case "str" -> SheetCell.text(decoded(value == null ? "" : value));
            case "b" -> SheetCell.bool("1".equals(value));
            case "e" -> SheetCell.ERROR;
            case "d" -> new SheetCell(value == null ? "" : value.strip(), SheetCell.Reading.refused("须为数字"));
            case "n" -> value == null && !formula ? SheetCell.BLANK : number(value == null ? "" : value.strip());
            default -> throw new IllegalArgumentException("cell type " + type);
        };
    }

    private SheetCell number(String text) {
        double number = text.isEmpty() ? 0.0 : Double.parseDouble(text);
        return SheetCell.number(number, styles.isDate(style, number));
    }

    /** Excel's escapes of control characters (_x000D_), undone as POI does. */
    private static String decoded(String text) {
        return text.contains("_x") ? new XSSFRichTextString(text).getString() : text;
    }
}
