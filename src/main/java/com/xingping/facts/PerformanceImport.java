package com.xingping.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.audit.AuditLog;
import com.xingping.identity.CurrentUser;
import com.xingping.kernel.Refusal;
import com.xingping.sheet.ImportRefused;
import com.xingping.sheet.SheetUpload;
import com.xingping.sheet.Watermark;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearChoice;
import com.xingping.year.YearRegistry;

/**
 * Imports the year's 行风评议 results or 目标责任制 results for many units at once, in one transaction:
 * every row sets the unit's standing fact (entered, or edited when it said something else, audited
 * either way), all with the date and document reference given for the file. Any bad row, an unknown
 * or deactivated unit among them, imports nothing.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
public class PerformanceImport {
    private final CommitteeDesk desk;
    private final UnitRegistry units;
    private final YearRegistry years;
    private final YearChoice yearChoice;
    private final AuditLog audit;
    private final int maxBytes;
    private final OfficialConductDesk official;

    PerformanceImport(CommitteeDesk desk, UnitRegistry units, YearRegistry years, YearChoice yearChoice, AuditLog audit,
                      @Value("${xingping.imports.max-bytes:2097152}") int maxBytes, OfficialConductDesk official) {
        this.official = official;
        this.desk = desk;
        this.units = units;
        this.years = years;
        this.yearChoice = yearChoice;
        this.audit = audit;
        this.maxBytes = maxBytes;
    }

    /**
     * What the file rests on: its date and document, and a reason (the row's place in the file is added);
     * {@code mean}: the official 行风评议 mean, for the official standings' import only.
     */
    public record Source(LocalDate date, String reference, String reason, BigDecimal mean) {
        public Source(LocalDate date, String reference, String reason) {
            this(date, reference, reason, null);
        }
    }

    /** How many units' facts were entered anew, changed, or already said the same. */
    public record Result(int entered, int changed, int unchanged) {
        public int units() {
            return entered + changed + unchanged;
        }
    }

    @Transactional
    public Result conduct(CurrentUser user, Long yearId, SheetUpload upload, Source source) {
        return run(user, yearId, upload, source, "conduct");
    }

    @Transactional
    public Result target(CurrentUser user, Long yearId, SheetUpload upload, Source source) {
        return run(user, yearId, upload, source, "target");
    }

    /**
     * The official 行风评议 standings: the mean given with the file, and the units the file marks as in
     * the last three places; they replace the standing ones (see {@link OfficialConductDesk}).
     */
    @Transactional
    public int official(CurrentUser user, Long yearId, SheetUpload upload, Source source) {
        AssessmentYear year = years.requireOpen(yearChoice.of(yearId).id());
        byte[] content = upload.bytes(maxBytes, limit -> "文件过大：导入文件不能超过 " + limit + "，请检查是否选错了文件");
        PerformanceSheet.Read read = PerformanceSheet.official(content,
                code -> units.byCode(code).isPresent() ? null : code + " 不存在");
        if (!read.problems().isEmpty()) {
            throw new ImportRefused("官方行风评议末三位", read.problems());
        }
        String reason = (source.reason() == null || source.reason().isBlank() ? "" : source.reason().strip() + "；")
                + "由 " + (upload.filename() == null ? "导入文件" : upload.filename()) + " 导入";
        OfficialConductEntry entered = official.enter(user, year.id(), new OfficialConductDesk.Form(source.mean(),
                read.lines().stream().map(PerformanceSheet.Line::code).toList(), source.date(), source.reference(), reason));
        return entered.bottom().size();
    }

    public byte[] officialTemplate(AssessmentYear year, Watermark mark) {
        return PerformanceSheet.officialTemplate(official.ratedUnits(year.id()), mark);
    }

    public byte[] conductTemplate(Watermark mark) {
        return PerformanceSheet.conductTemplate(units.active(), mark);
    }

    public byte[] targetTemplate(Watermark mark) {
        return PerformanceSheet.targetTemplate(units.active(), mark);
    }

    private Result run(CurrentUser user, Long yearId, SheetUpload upload, Source source, String aspect) {
        AssessmentYear year = years.requireOpen(yearChoice.of(yearId).id());
        if (source == null || source.date() == null) {
            throw new Refusal("date", "请填写这批结果的日期");
        }
        if (source.reference() == null || source.reference().isBlank()) {
            throw new Refusal("reference", "请填写这批结果依据的文件（文号）");
        }
        byte[] content = upload.bytes(maxBytes, limit -> "文件过大：导入文件不能超过 " + limit + "，请检查是否选错了文件");
        Map<String, Unit> byCode = new HashMap<>();
        PerformanceSheet.Read read = "conduct".equals(aspect)
                ? PerformanceSheet.conduct(content, code -> unitProblem(code, byCode))
                : PerformanceSheet.target(content, code -> unitProblem(code, byCode));
        if (!read.problems().isEmpty()) {
            throw new ImportRefused("单位的结果", read.problems());
        }
        if (read.lines().isEmpty()) {
            throw new Refusal("file", "表格中没有可导入的结果：请在单位编码后填写" + ("conduct".equals(aspect)
                    ? "得分，或在“未参评”填“是”并填写工委判定" : "是否优胜"));
        }
        int entered = 0;
        int changed = 0;
        int unchanged = 0;
        for (PerformanceSheet.Line line : read.lines()) {
            String reason = (source.reason() == null || source.reason().isBlank() ? "" : source.reason().strip() + "；")
                    + "由 " + (upload.filename() == null ? "导入文件" : upload.filename()) + " 第 " + line.row() + " 行导入";
            FactForm form = new FactForm(null, line.score(), null, null, null, null, aspect, line.passed(), null, null,
                    null, null, null, source.date(), source.reference(), reason, null);
            CommitteeDesk.Put put = desk.put(user, byCode.get(line.code()), year, FactKind.PERFORMANCE, form);
            switch (put.outcome()) {
                case ENTERED -> entered++;
                case CHANGED -> changed++;
                case UNCHANGED -> unchanged++;
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("yearId", year.id());
        summary.put("aspect", aspect);
        summary.put("file", upload.filename());
        summary.put("reference", source.reference());
        summary.put("entered", entered);
        summary.put("changed", changed);
        summary.put("unchanged", unchanged);
        audit.record("facts.imported", "fact-import", null, null, summary);
        return new Result(entered, changed, unchanged);
    }

    private String unitProblem(String code, Map<String, Unit> byCode) {
        Unit unit = units.byCode(code).orElse(null);
        if (unit == null) {
            return code + " 不存在";
        }
        byCode.put(code, unit);
        return unit.active() ? null : code + " 的单位“" + unit.name() + "”已停用";
    }
}
