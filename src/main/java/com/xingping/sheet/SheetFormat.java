package com.xingping.sheet;

/**
 * The kind of file an import was read as, named in its messages: rows of any file other than the
 * template's own .xlsx say how the file was read ("第 3 行：学时 不能为负数（CSV，GBK 编码）"), so a
 * worker who sees garbled names knows which encoding was taken.
 */
record SheetFormat(String name, boolean named) {
    static final SheetFormat XLSX = new SheetFormat("Excel .xlsx", false);
    static final SheetFormat XLS = new SheetFormat("Excel .xls", true);
    static final SheetFormat ODS = new SheetFormat("OpenDocument .ods", true);
    static final String ACCEPTED = "可导入的格式：Excel 表格（.xlsx、.xls）、OpenDocument 表格（.ods）、CSV 文件（UTF-8 或 GBK 编码）";

    static SheetFormat csv(String encoding) {
        return new SheetFormat("CSV，" + encoding + " 编码", true);
    }

    /** What follows a row's message: the format in brackets, or nothing for an .xlsx. */
    String suffix() {
        return named ? "（" + name + "）" : "";
    }
}
