package com.xingping.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import com.xingping.sheet.RowProblem;
import com.xingping.sheet.SheetReader;
import com.xingping.sheet.SheetRow;
import com.xingping.sheet.SheetTemplate;

/**
 * The committee's roster file for many units at once: 单位编码 / 姓名 / 身份 / 学时, one member a
 * row, the rows of a unit need not be together. Each row is checked like a unit's own roster file,
 * and its unit code by the caller ({@code unitProblem}: null when the unit may take the roster).
 */
final class RosterBook {
    static final String UNIT_CODE = "单位编码";
    static final String SHEET_NAME = "各单位党员名册";
    static final int MAX_ROWS = 20_000;
    private static final SheetReader.Layout LAYOUT = SheetReader.Layout.of(MAX_ROWS,
            "一次最多导入 " + MAX_ROWS + " 名党员", UNIT_CODE, MemberRules.NAME, MemberRules.ROLE, MemberRules.HOURS);

    record Line(int row, String unitCode, MemberForm member) {
    }

    /** The good rows and the problems of the bad ones, row by row in the file's order. */
    record Read(List<Line> lines, List<RowProblem> problems) {
    }

    private RosterBook() {
    }

    static Read read(byte[] content, UnaryOperator<String> unitProblem) {
        List<Line> lines = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (SheetRow row : SheetReader.rows(content, LAYOUT)) {
            String code = row.text(UNIT_CODE);
            int before = problems.size();
            RosterSheet.note(problems, row, UNIT_CODE, code.isEmpty() ? "不能为空" : unitProblem.apply(code));
            var member = RosterSheet.member(row, problems);
            if (problems.size() == before) {
                lines.add(new Line(row.number(), code, member.orElseThrow()));
            }
        }
        return new Read(lines, problems);
    }

    static byte[] template() {
        return SheetTemplate.of(SHEET_NAME, UNIT_CODE, RosterSheet.HEADERS[0], RosterSheet.HEADERS[1], RosterSheet.HEADERS[2])
                .widths(14, 16, 26, 10)
                .choices(2, MAX_ROWS, MemberRole.LEADERSHIP.label(), MemberRole.ORDINARY.label())
                .bytes();
    }
}
