package com.xingping.roster;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.kernel.Refusal;
import com.xingping.sheet.SheetUpload;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearChoice;
import com.xingping.year.YearRegistry;

/**
 * The committee's import of many units' rosters from one file: the year's roster of every unit in
 * the file is replaced by its rows, in one transaction, each unit's replacement audited as a unit's
 * own import is; units not in the file keep theirs. A file with any bad row (including an unknown
 * or deactivated unit) changes nothing.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
public class RosterBookImport {
    private final Roster roster;
    private final UnitRegistry units;
    private final YearRegistry years;
    private final YearChoice yearChoice;
    private final AuditLog audit;
    private final int maxBytes;

    RosterBookImport(Roster roster, UnitRegistry units, YearRegistry years, YearChoice yearChoice, AuditLog audit,
                     @Value("${xingping.imports.max-bytes:2097152}") int maxBytes) {
        this.roster = roster;
        this.units = units;
        this.years = years;
        this.yearChoice = yearChoice;
        this.audit = audit;
        this.maxBytes = maxBytes;
    }

    /** How many units' rosters were replaced, with how many members in all. */
    public record Result(int units, int members) {
    }

    @Transactional
    public Result importBook(Long yearId, SheetUpload upload) {
        AssessmentYear year = years.requireOpen(yearChoice.of(yearId).id());
        byte[] content = upload.bytes(maxBytes, limit -> "文件过大：导入文件不能超过 " + limit + "，请检查是否选错了文件");
        Map<String, Unit> byCode = new LinkedHashMap<>();
        RosterBook.Read read = RosterBook.read(content, code -> unitProblem(code, byCode));
        if (!read.problems().isEmpty()) {
            throw new RosterImportRefused(read.problems());
        }
        if (read.lines().isEmpty()) {
            throw new Refusal("file", "表格中没有党员：请从表头下一行起，每行填写一个单位的一名党员");
        }
        Map<String, List<RosterBook.Line>> byUnit = read.lines().stream()
                .collect(groupingBy(RosterBook.Line::unitCode, LinkedHashMap::new, toList()));
        byUnit.forEach((code, lines) -> replace(byCode.get(code), year, upload.filename(), lines));
        return new Result(byUnit.size(), read.lines().size());
    }

    public static byte[] template() {
        return RosterBook.template();
    }

    private void replace(Unit unit, AssessmentYear year, String filename, List<RosterBook.Line> lines) {
        List<RosterMember> before = roster.findByUnitIdAndYearIdOrderByIdAsc(unit.id(), year.id());
        roster.deleteAll(before);
        List<RosterMember> after = roster.saveAll(lines.stream().map(line -> new RosterMember(null, unit.id(), year.id(),
                line.member().name(), line.member().role(), line.member().studyHours(), null)).toList());
        audit.record("roster.imported", "roster", unit.id(), RosterRegistry.summary(year, null, before),
                RosterRegistry.summary(year, filename, after));
    }

    private String unitProblem(String code, Map<String, Unit> byCode) {
        Unit unit = byCode.computeIfAbsent(code, c -> units.byCode(c).orElse(null));
        if (unit == null) {
            byCode.remove(code);
            return code + " 不存在";
        }
        return unit.active() ? null : code + " 的单位“" + unit.name() + "”已停用，名册只读";
    }
}
