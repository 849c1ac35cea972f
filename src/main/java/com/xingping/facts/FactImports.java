package com.xingping.facts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import com.xingping.identity.CurrentUser;
import com.xingping.roster.RosterBookImport;
import com.xingping.sheet.ImportGate;
import com.xingping.sheet.SheetUpload;
import com.xingping.sheet.Watermark;
import com.xingping.unit.UnitImport;
import com.xingping.year.YearChoice;

/**
 * The committee's imports behind one door, for the page and the API: each runs in its own
 * service and transaction (units: admins only, like every change to units) and answers with a
 * one-line summary. Any bad row imports nothing ({@link com.xingping.sheet.ImportRefused}). Each waits
 * for its turn at the {@link ImportGate} first.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
public class FactImports {
    private final UnitImport units;
    private final RosterBookImport rosters;
    private final PerformanceImport performance;
    private final ImportGate gate;
    private final YearChoice yearChoice;

    FactImports(UnitImport units, RosterBookImport rosters, PerformanceImport performance, ImportGate gate,
                YearChoice yearChoice) {
        this.yearChoice = yearChoice;
        this.units = units;
        this.rosters = rosters;
        this.performance = performance;
        this.gate = gate;
    }

    /** What an import did, in a sentence for the page and counts for the API. */
    public record Outcome(String kind, String summary, int rows) {
    }

    public Outcome run(ImportKind kind, CurrentUser user, Long yearId, SheetUpload upload, PerformanceImport.Source source) {
        return gate.admit(() -> importing(kind, user, yearId, upload, source));
    }

    private Outcome importing(ImportKind kind, CurrentUser user, Long yearId, SheetUpload upload,
                              PerformanceImport.Source source) {
        return switch (kind) {
            case UNITS -> {
                UnitImport.Result r = units.importSheet(upload);
                yield new Outcome(kind.slug(), "已导入单位：新建 " + r.created().size() + " 个，更新 " + r.updated().size()
                        + " 个，未变 " + r.unchanged() + " 个", r.created().size() + r.updated().size() + r.unchanged());
            }
            case ROSTERS -> {
                RosterBookImport.Result r = rosters.importBook(yearId, upload);
                yield new Outcome(kind.slug(), "已替换 " + r.units() + " 个单位的党员名册，共 " + r.members() + " 名党员",
                        r.members());
            }
            case CONDUCT -> performance(kind, performance.conduct(user, yearId, upload, source), "行风评议结果");
            case TARGET -> performance(kind, performance.target(user, yearId, upload, source), "目标责任制考核结果");
            case OFFICIAL -> {
                int listed = performance.official(user, yearId, upload, source);
                yield new Outcome(kind.slug(), "已录入官方行风评议成绩：平均分 " + source.mean().stripTrailingZeros().toPlainString()
                        + "，末三位 " + listed + " 个单位", listed);
            }
        };
    }

    /** The template; those that list units (the units' one is also their export) under the downloader's watermark. */
    public byte[] template(ImportKind kind, Long yearId, Watermark mark) {
        return switch (kind) {
            case OFFICIAL -> performance.officialTemplate(yearChoice.of(yearId), mark);
            case UNITS -> units.template(mark);
            case ROSTERS -> RosterBookImport.template();
            case CONDUCT -> performance.conductTemplate(mark);
            case TARGET -> performance.targetTemplate(mark);
        };
    }

    /** The import page's guard: the committee only. */
    public ImportKind[] kinds() {
        return ImportKind.values();
    }

    private static Outcome performance(ImportKind kind, PerformanceImport.Result r, String what) {
        return new Outcome(kind.slug(), "已导入 " + r.units() + " 个单位的" + what + "（新录入 " + r.entered() + "，修改 "
                + r.changed() + "，未变 " + r.unchanged() + "）", r.units());
    }
}
