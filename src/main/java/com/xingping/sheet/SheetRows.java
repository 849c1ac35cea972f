package com.xingping.sheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

import com.xingping.kernel.Refusal;

/**
 * A layout's rows, collected as a reader meets the sheet's rows in order, whatever the file format:
 * the first row is the header, which names the columns; a row blank in all of them is skipped; the
 * first row beyond the layout's limit refuses the file at once, so the rest is never read.
 */
final class SheetRows {
    private final SheetReader.Layout layout;
    private final SheetFormat format;
    private final List<SheetRow> rows = new ArrayList<>();
    private Map<String, Integer> columns;

    SheetRows(SheetReader.Layout layout, SheetFormat format) {
        this.layout = layout;
        this.format = format;
    }

    /** Whether the reader needs this column's cell of the current row: every cell of the header, then the layout's columns. */
    boolean wants(int column) {
        return columns == null || columns.containsValue(column);
    }

    /** One row of the sheet: its number as Excel shows it and its cells by column index (at least the wanted ones). */
    void row(int number, SortedMap<Integer, SheetCell> cells) {
        if (columns == null) {
            columns = columns(number, cells);
            return;
        }
        if (cells.isEmpty()) {
            return;
        }
        Map<String, SheetCell> named = new LinkedHashMap<>();
        columns.forEach((name, column) -> named.put(name, cells.getOrDefault(column, SheetCell.BLANK)));
        if (named.values().stream().allMatch(SheetCell::blank)) {
            return;
        }
        if (rows.size() == layout.maxRows()) {
            throw new Refusal("file", layout.tooManyRows());
        }
        rows.add(new SheetRow(number, named, format.suffix()));
    }

    /** The rows, once the whole sheet was read; a sheet without any row has no header either. */
    List<SheetRow> rows() {
        if (columns == null) {
            columns = columns(1, Collections.emptySortedMap());
        }
        return rows;
    }

    /**
     * Where each column is, from the header row (a header cell belongs to the first column whose
     * name it starts with); a missing required column refuses the file.
     */
    private Map<String, Integer> columns(int number, SortedMap<Integer, SheetCell> header) {
        Map<String, Integer> found = new LinkedHashMap<>();
        List<String> wanted = new ArrayList<>(layout.required());
        wanted.addAll(layout.optional());
        header.forEach((column, cell) -> wanted.stream()
                .filter(name -> !found.containsKey(name) && cell.text().startsWith(name)).findFirst()
                .ifPresent(name -> found.put(name, column)));
        if (!found.keySet().containsAll(layout.required())) {
            throw new Refusal("file", "第 " + number + " 行" + format.suffix() + "须为表头"
                    + layout.required().stream().map(name -> "“" + name + "”").collect(Collectors.joining())
                    + "，请下载模板填写后导入");
        }
        return found;
    }
}
