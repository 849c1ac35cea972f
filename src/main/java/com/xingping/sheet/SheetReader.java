package com.xingping.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import com.xingping.kernel.Refusal;

/**
 * Reads the first sheet of an uploaded workbook: the header row names the columns (a header cell
 * belongs to a column when it starts with the column's name, so "身份(班子成员|普通党员)" is 身份; the
 * order does not matter), every row below it that is not blank in all of them is one {@link SheetRow}.
 * Refuses, naming the file, anything that is not an .xlsx or .xls, a protected workbook, a missing
 * header and more rows than allowed; the rows' own problems are the importer's to judge.
 */
public final class SheetReader {
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

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
        FileMagic magic = FileMagic.valueOf(content);
        if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
            throw new Refusal("file", "该文件不是 Excel 表格（.xlsx 或 .xls），请下载模板填写后导入");
        }
        try (Workbook workbook = open(content)) {
            return rows(workbook, layout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Workbook open(byte[] content) {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(content));
        } catch (EncryptedDocumentException e) {
            throw new Refusal("file", "该 Excel 文件设有密码，请取消密码后再导入");
        } catch (IOException | RuntimeException e) {
            throw new Refusal("file", "无法读取该文件：它不是有效的 Excel 表格，请下载模板填写后导入");
        }
    }

    private static List<SheetRow> rows(Workbook workbook, Layout layout) {
        if (workbook.getNumberOfSheets() == 0) {
            throw new Refusal("file", "表格中没有工作表");
        }
        Sheet sheet = workbook.getSheetAt(0);
        Row header = sheet.getRow(Math.max(sheet.getFirstRowNum(), 0));
        Map<String, Integer> columns = columns(header, layout);
        List<SheetRow> rows = new ArrayList<>();
        for (int index = header.getRowNum() + 1; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            if (row == null) {
                continue;
            }
            Map<String, SheetCell> cells = new LinkedHashMap<>();
            columns.forEach((name, column) -> cells.put(name, cell(row.getCell(column))));
            if (cells.values().stream().allMatch(SheetCell::blank)) {
                continue;
            }
            if (rows.size() == layout.maxRows()) {
                throw new Refusal("file", layout.tooManyRows());
            }
            rows.add(new SheetRow(index + 1, cells));
        }
        return rows;
    }

    /** Where each column is, from the header row; a missing required column refuses the file. */
    private static Map<String, Integer> columns(Row header, Layout layout) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> wanted = new ArrayList<>(layout.required());
        wanted.addAll(layout.optional());
        if (header != null) {
            for (Cell cell : header) {
                String title = cell(cell).text();
                wanted.stream().filter(name -> !columns.containsKey(name) && !columns.containsValue(cell.getColumnIndex())
                        && title.startsWith(name)).findFirst().ifPresent(name -> columns.put(name, cell.getColumnIndex()));
            }
        }
        if (!columns.keySet().containsAll(layout.required())) {
            throw new Refusal("file", "第 " + (header == null ? 1 : header.getRowNum() + 1) + " 行须为表头"
                    + layout.required().stream().map(name -> "“" + name + "”").collect(Collectors.joining())
                    + "，请下载模板填写后导入");
        }
        return columns;
    }

    private static SheetCell cell(Cell cell) {
        CellType type = cell == null ? CellType.BLANK
                : cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> {
                String text = cell.getStringCellValue().strip();
                yield new SheetCell(text, text.isEmpty() ? SheetCell.Reading.refused("不能为空") : parsed(text));
            }
            case NUMERIC -> {
                BigDecimal value = excelNumber(cell);
                yield new SheetCell(value.toPlainString(), DateUtil.isCellDateFormatted(cell)
                        ? SheetCell.Reading.refused("须为数字") : SheetCell.Reading.of(value));
            }
            case BOOLEAN -> new SheetCell(String.valueOf(cell.getBooleanCellValue()), SheetCell.Reading.refused("须为数字"));
            case BLANK -> new SheetCell("", SheetCell.Reading.refused("不能为空"));
            default -> new SheetCell("", SheetCell.Reading.refused("须为数字"));
        };
    }

    private static SheetCell.Reading parsed(String text) {
        try {
            return SheetCell.Reading.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return SheetCell.Reading.refused("须为数字，不是“" + text + "”");
        }
    }

    /** A number as Excel shows it (15 significant digits), so 0.1 + 0.2 reads 0.3. */
    private static BigDecimal excelNumber(Cell cell) {
        BigDecimal value = new BigDecimal(cell.getNumericCellValue()).round(EXCEL_DIGITS).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
