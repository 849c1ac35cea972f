package com.xingping.sheet;

/**
 * One problem of one spreadsheet row (numbered as Excel shows it), e.g. "第 5 行：学时 不能为负数", and
 * after it the format the file was read as when it was not an .xlsx ({@code format}: "（CSV，GBK 编码）" or empty).
 */
public record RowProblem(int row, String column, String reason, String format) {

    public String line() {
        return "第 " + row + " 行：" + column + " " + reason + format;
    }
}
