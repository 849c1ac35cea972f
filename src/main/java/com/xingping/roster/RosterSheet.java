package com.xingping.roster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.xingping.kernel.Refusal;

/**
 * The roster as a spreadsheet: the template (and export) with the headers 姓名 / 身份 / 学时, and
 * the reader, which checks every row and refuses the whole file when any row is bad.
 */
final class RosterSheet {
    static final String SHEET_NAME = "党员名册";
    static final String[] HEADERS = {MemberRules.NAME, MemberRules.ROLE + "(班子成员|普通党员)", MemberRules.HOURS};
    static final int MAX_MEMBERS = 2000;
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    /** One good row of an imported file. */
    record Line(int row, MemberForm member) {
    }

    private RosterSheet() {
    }

    /** Every member of the file, or a refusal: not a spreadsheet, no header, no rows, or every bad row. */
    static List<Line> read(byte[] content) {
        FileMagic magic = FileMagic.valueOf(content);
        if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
            throw new Refusal("file", "该文件不是 Excel 表格（.xlsx 或 .xls），请下载模板填写后导入");
        }
        try (Workbook workbook = open(content)) {
            return read(workbook);
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

    private static List<Line> read(Workbook workbook) {
        if (workbook.getNumberOfSheets() == 0) {
            throw new Refusal("file", "表格中没有工作表");
        }
        Sheet sheet = workbook.getSheetAt(0);
        Row header = sheet.getRow(sheet.getFirstRowNum() < 0 ? 0 : sheet.getFirstRowNum());
        int[] columns = columns(header);
        List<Line> lines = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        int filled = 0;
        for (int index = header.getRowNum() + 1; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            if (blank(row, columns)) {
                continue;
            }
            if (++filled > MAX_MEMBERS) {
                throw new Refusal("file", "一次最多导入 " + MAX_MEMBERS + " 名党员");
            }
            int number = index + 1;
            int before = problems.size();
            String name = text(row.getCell(columns[0]));
            String role = text(row.getCell(columns[1]));
            Hours hours = hours(row.getCell(columns[2]));
            note(problems, number, MemberRules.NAME, MemberRules.nameProblem(name));
            note(problems, number, MemberRules.ROLE, MemberRules.roleProblem(role));
            note(problems, number, MemberRules.HOURS, hours.problem());
            if (problems.size() == before) {
                lines.add(new Line(number, new MemberForm(name.strip(), MemberRules.role(role), hours.value(), null)));
            }
        }
        if (!problems.isEmpty()) {
            throw new RosterImportRefused(problems);
        }
        if (lines.isEmpty()) {
            throw new Refusal("file", "表格中没有党员：请从表头下一行起，每行填写一名党员");
        }
        return lines;
    }

    /** Where 姓名, 身份 and 学时 are, from the header row; their order does not matter. */
    private static int[] columns(Row header) {
        int[] columns = {-1, -1, -1};
        if (header != null) {
            for (Cell cell : header) {
                String title = text(cell);
                for (int i = 0; i < HEADERS.length; i++) {
                    if (columns[i] < 0 && title.startsWith(HEADERS[i].substring(0, 2))) {
                        columns[i] = cell.getColumnIndex();
                    }
                }
            }
        }
        for (int column : columns) {
            if (column < 0) {
                throw new Refusal("file", "第 " + (header == null ? 1 : header.getRowNum() + 1)
                        + " 行须为表头“姓名”“身份”“学时”，请下载模板填写后导入");
            }
        }
        return columns;
    }

    private static boolean blank(Row row, int[] columns) {
        if (row == null) {
            return true;
        }
        for (int column : columns) {
            if (!text(row.getCell(column)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static void note(List<RowProblem> problems, int row, String column, String reason) {
        if (reason != null) {
            problems.add(new RowProblem(row, column, reason));
        }
    }

    private static CellType type(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (type(cell)) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> excelNumber(cell).toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** Study hours as written in a cell, or why they cannot be read. */
    private record Hours(BigDecimal value, String problem) {
        static Hours refused(String reason) {
            return new Hours(null, reason);
        }
    }

    private static Hours hours(Cell cell) {
        CellType type = cell == null ? CellType.BLANK : type(cell);
        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            BigDecimal value = excelNumber(cell);
            return new Hours(value, MemberRules.hoursProblem(value));
        }
        if (type == CellType.STRING && !cell.getStringCellValue().isBlank()) {
            String written = cell.getStringCellValue().strip();
            BigDecimal value = MemberRules.parseHours(written);
            return value == null ? Hours.refused("须为数字，不是“" + written + "”")
                    : new Hours(value, MemberRules.hoursProblem(value));
        }
        return Hours.refused(type == CellType.BLANK || type == CellType.STRING ? "不能为空" : "须为数字");
    }

    /** A number as Excel shows it (15 significant digits), so 0.1 + 0.2 reads 0.3. */
    private static BigDecimal excelNumber(Cell cell) {
        BigDecimal value = new BigDecimal(cell.getNumericCellValue()).round(EXCEL_DIGITS).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** The template when {@code members} is empty, else the roster in the template's form (re-importable). */
    static byte[] write(List<RosterMember> members) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET_NAME);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADERS[i]);
                cell.setCellStyle(bold);
            }
            int index = 1;
            for (RosterMember member : members) {
                Row row = sheet.createRow(index++);
                row.createCell(0).setCellValue(member.name());
                row.createCell(1).setCellValue(member.role().label());
                row.createCell(2).setCellValue(member.studyHours().doubleValue());
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidationConstraint roles = helper.createExplicitListConstraint(
                    new String[] {MemberRole.LEADERSHIP.label(), MemberRole.ORDINARY.label()});
            DataValidation roleList = helper.createValidation(roles, new CellRangeAddressList(1, MAX_MEMBERS, 1, 1));
            roleList.setShowErrorBox(true);
            sheet.addValidationData(roleList);
            sheet.setColumnWidth(0, 16 * 256);
            sheet.setColumnWidth(1, 26 * 256);
            sheet.setColumnWidth(2, 10 * 256);
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
