package com.xingping.sheet;

/** One problem of one spreadsheet row (numbered as Excel shows it), e.g. "第 5 行：学时 不能为负数". */
public record RowProblem(int row, String column, String reason) {

    public String line() {
        return "第 " + row + " 行：" + column + " " + reason;
    }
}
