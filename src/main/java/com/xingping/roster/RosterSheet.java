package com.xingping.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.xingping.kernel.Refusal;
import com.xingping.sheet.RowProblem;
import com.xingping.sheet.SheetCell;
import com.xingping.sheet.SheetReader;
import com.xingping.sheet.SheetRow;
import com.xingping.sheet.SheetTemplate;
import com.xingping.sheet.Watermark;

/**
 * The roster as a spreadsheet: the template (and export) with the headers 姓名 / 身份 / 学时, and
 * the reader, which checks every row and refuses the whole file when any row is bad. With a
 * 单位编码 column the same rows make the committee's file of many units' rosters ({@link RosterBook}).
 */
final class RosterSheet {
    static final String SHEET_NAME = "党员名册";
    static final String[] HEADERS = {MemberRules.NAME, MemberRules.ROLE + "(班子成员|普通党员)", MemberRules.HOURS};
    static final int MAX_MEMBERS = 2000;
    private static final SheetReader.Layout LAYOUT = SheetReader.Layout.of(MAX_MEMBERS,
            "一次最多导入 " + MAX_MEMBERS + " 名党员", MemberRules.NAME, MemberRules.ROLE, MemberRules.HOURS);

    /** One good row of an imported file. */
    record Line(int row, MemberForm member) {
    }

    private RosterSheet() {
    }

    /** Every member of the file, or a refusal: not a spreadsheet, no header, no rows, or every bad row. */
    static List<Line> read(byte[] content) {
        List<RowProblem> problems = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (SheetRow row : SheetReader.rows(content, LAYOUT)) {
            member(row, problems).ifPresent(member -> lines.add(new Line(row.number(), member)));
        }
        if (!problems.isEmpty()) {
            throw new RosterImportRefused(problems);
        }
        if (lines.isEmpty()) {
            throw new Refusal("file", "表格中没有党员：请从表头下一行起，每行填写一名党员");
        }
        return lines;
    }

    /** The member a row names, noting its problems (姓名, 身份, 学时 in that order) when it has any. */
    static Optional<MemberForm> member(SheetRow row, List<RowProblem> problems) {
        int before = problems.size();
        String name = row.text(MemberRules.NAME);
        String role = row.text(MemberRules.ROLE);
        SheetCell.Reading hours = row.cell(MemberRules.HOURS).number();
        note(problems, row, MemberRules.NAME, MemberRules.nameProblem(name));
        note(problems, row, MemberRules.ROLE, MemberRules.roleProblem(role));
        note(problems, row, MemberRules.HOURS,
                hours.problem() != null ? hours.problem() : MemberRules.hoursProblem(hours.value()));
        return problems.size() == before
                ? Optional.of(new MemberForm(name.strip(), MemberRules.role(role), hours.value(), null))
                : Optional.empty();
    }

    static void note(List<RowProblem> problems, SheetRow row, String column, String reason) {
        if (reason != null) {
            problems.add(row.problem(column, reason));
        }
    }

    /** The empty template. */
    static byte[] template() {
        return sheet().bytes();
    }

    /** The roster in the template's form (re-importable), under the downloader's watermark. */
    static byte[] write(List<RosterMember> members, Watermark mark) {
        SheetTemplate sheet = sheet().watermark(mark);
        members.forEach(m -> sheet.row(m.name(), m.role().label(), m.studyHours()));
        return sheet.bytes();
    }

    private static SheetTemplate sheet() {
        return SheetTemplate.of(SHEET_NAME, HEADERS).widths(16, 26, 10)
                .choices(1, MAX_MEMBERS, MemberRole.LEADERSHIP.label(), MemberRole.ORDINARY.label());
    }
}
