package com.xingping.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.xingping.sheet.RowProblem;
import com.xingping.sheet.SheetReader;
import com.xingping.sheet.SheetRow;
import com.xingping.sheet.SheetTemplate;
import com.xingping.sheet.Watermark;

/**
 * Units as a spreadsheet: 编码 / 名称 / 参加目标责任制考核 / 工委机关 (是 or 否; left empty, a new
 * unit takes 是 and 否, an existing one keeps its own). Every row is checked before anything is saved.
 */
final class UnitSheet {
    static final String CODE = "编码";
    static final String NAME = "名称";
    static final String TARGET = "参加目标责任制考核";
    static final String OWN = "工委机关";
    static final int MAX_ROWS = 1000;
    private static final SheetReader.Layout LAYOUT = SheetReader.Layout.of(MAX_ROWS,
            "一次最多导入 " + MAX_ROWS + " 个单位", CODE, NAME).withOptional(TARGET, OWN);

    /** One good row: the unit's code and name, and its flags when the row gives them (null otherwise). */
    record Line(int row, String code, String name, Boolean inTargetAssessment, Boolean committeeOwn) {
    }

    record Read(List<Line> lines, List<RowProblem> problems) {
    }

    private UnitSheet() {
    }

    static Read read(byte[] content) {
        List<Line> lines = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : SheetReader.rows(content, LAYOUT)) {
            int before = problems.size();
            String code = row.text(CODE);
            String name = row.text(NAME);
            Integer earlier = seen.putIfAbsent(code, row.number());
            note(problems, row, CODE, code.isEmpty() ? "不能为空"
                    : UnitRegistry.codeProblem(code) != null ? UnitRegistry.codeProblem(code) + "，不是“" + code + "”"
                    : earlier != null ? code + " 与第 " + earlier + " 行重复" : null);
            note(problems, row, NAME, UnitRegistry.nameProblem(name));
            Boolean target = yesNo(row, TARGET, problems);
            Boolean own = yesNo(row, OWN, problems);
            if (problems.size() == before) {
                lines.add(new Line(row.number(), code, name, target, own));
            }
        }
        return new Read(lines, problems);
    }

    /** 是 / 否 (also true / false, as Excel writes a ticked box); null when empty. */
    static Boolean yesNo(SheetRow row, String column, List<RowProblem> problems) {
        String text = row.text(column);
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "是", "true" -> true;
            case "否", "false" -> false;
            default -> {
                note(problems, row, column, "须为“是”或“否”，不是“" + text + "”");
                yield null;
            }
        };
    }

    private static void note(List<RowProblem> problems, SheetRow row, String column, String reason) {
        if (reason != null) {
            problems.add(row.problem(column, reason));
        }
    }

    /** The template with every unit in it, so it is also the units' export: change names or flags and import it back. */
    static byte[] write(List<Unit> units, Watermark mark) {
        SheetTemplate sheet = SheetTemplate.of("单位", CODE, NAME, TARGET, OWN).widths(14, 30, 20, 12)
                .choices(2, MAX_ROWS, "是", "否").choices(3, MAX_ROWS, "是", "否").watermark(mark);
        units.forEach(u -> sheet.row(u.code(), u.name(), u.inTargetAssessment() ? "是" : "否", u.committeeOwn() ? "是" : "否"));
        return sheet.bytes();
    }
}
