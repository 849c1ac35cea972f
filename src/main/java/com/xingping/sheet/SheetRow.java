package com.xingping.sheet;

import java.util.Arrays;
import java.util.Map;

/**
 * One filled row below the header, numbered as Excel shows it, with the cells of the layout's columns
 * and what its problems say after them about the file's format ("（CSV，GBK 编码）", empty for an .xlsx).
 */
public record SheetRow(int number, Map<String, SheetCell> cells, String format) {
    public SheetRow {
        cells = Map.copyOf(cells);
    }

    public SheetCell cell(String column) {
        return cells.getOrDefault(column, SheetCell.BLANK);
    }

    public String text(String column) {
        return cell(column).text();
    }

    /** True when every one of the columns is empty (or absent from the file). */
    public boolean blank(String... columns) {
        return Arrays.stream(columns).allMatch(column -> cell(column).blank());
    }

    /** A problem of this row's cell in {@code column}. */
    public RowProblem problem(String column, String reason) {
        return new RowProblem(number, column, reason, format);
    }
}
