package com.xingping.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import com.xingping.kernel.Refusal;

/**
 * The first sheet of an OLE2 file (an .xls, or a password-protected workbook), read through POI's
 * user model: an .xls has at most 65,536 rows and the upload is capped in bytes, so holding it whole
 * is bounded.
 */
final class LegacySheet {
    private LegacySheet() {
    }

    static List<SheetRow> read(byte[] content, SheetReader.Layout layout) {
        SheetRows rows = new SheetRows(layout, SheetFormat.XLS);
        try (Workbook workbook = open(content)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new Refusal("file", "表格中没有工作表");
            }
            for (Row row : workbook.getSheetAt(0)) {
                SortedMap<Integer, SheetCell> cells = new TreeMap<>();
                for (Cell cell : row) {
                    if (rows.wants(cell.getColumnIndex())) {
                        cells.put(cell.getColumnIndex(), cell(cell));
                    }
                }
                rows.row(row.getRowNum() + 1, cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.rows();
    }

    private static Workbook open(byte[] content) {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(content));
        } catch (EncryptedDocumentException e) {
            throw new Refusal("file", "该 Excel 文件设有密码，请取消密码后再导入");
        } catch (IOException | RuntimeException e) {
            throw new Refusal("file", SheetReader.UNREADABLE);
        }
    }

    private static SheetCell cell(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> SheetCell.text(cell.getStringCellValue());
            case NUMERIC -> SheetCell.number(cell.getNumericCellValue(), DateUtil.isCellDateFormatted(cell));
            case BOOLEAN -> SheetCell.bool(cell.getBooleanCellValue());
            case BLANK -> SheetCell.BLANK;
            default -> SheetCell.ERROR;
        };
    }
}
