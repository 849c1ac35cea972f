package com.xingping.results;

import static com.xingping.results.Sheets.FIRST_ROW;
import static com.xingping.results.Sheets.number;
import static com.xingping.results.Sheets.text;
import static com.xingping.results.Sheets.yesNo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import com.xingping.results.Sheets.Styles;
import com.xingping.results.UnitSheet.CriterionPart;
import com.xingping.results.UnitSheet.ElementPart;
import com.xingping.results.UnitSheet.StarPart;
import com.xingping.sheet.Watermark;

/**
 * One unit's scorecard as a workbook: 得分明细 (one row per element with the notice's words, the
 * explanation and the records, then 各项合计) and 星级与总分 (each star, then the totals and standings).
 */
final class ScorecardWorkbook {
    static final String ELEMENTS_SHEET = "得分明细";
    static final String SUMMARY_SHEET = "星级与总分";
    static final String ELEMENTS_TOTAL = "各项合计";
    static final List<String> ELEMENT_HEADERS = List.of("星", "指标", "编号", "项目", "满分", "得分", "细则原文", "计分说明",
            "依据记录");
    static final List<String> SUMMARY_HEADERS = List.of("项目", "得分", "满分", "获星线", "结论", "计分说明");
    static final Map<String, String> WITHHELD = Map.of("BELOW_THRESHOLD", "未达获星线", "BASELINE_VIOLATED",
            "违反底线标准", "FALSIFIED", "有弄虚作假");

    private ScorecardWorkbook() {
    }

    static byte[] of(UnitSheet unit, Watermark mark) {
        return Sheets.workbook(mark, workbook -> {
            Styles styles = new Styles(workbook);
            elements(workbook.createSheet(ELEMENTS_SHEET), unit, mark, styles);
            summary(workbook.createSheet(SUMMARY_SHEET), unit, mark, styles);
        });
    }

    private static void elements(Sheet sheet, UnitSheet unit, Watermark mark, Styles styles) {
        Sheets.titleAndHeaders(sheet, styles, unit.unitName() + " · " + Sheets.title(unit.head(), "得分明细"), mark,
                ELEMENT_HEADERS);
        int index = FIRST_ROW;
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        for (StarPart star : unit.stars()) {
            for (CriterionPart criterion : star.criteria()) {
                for (ElementPart element : criterion.elements()) {
                    Row line = sheet.createRow(index++);
                    text(line, 0, star.name(), styles.text);
                    text(line, 1, criterion.name(), styles.wrapped);
                    text(line, 2, element.id(), styles.text);
                    text(line, 3, element.name(), styles.wrapped);
                    number(line, 4, element.max(), styles.number);
                    number(line, 5, element.value(), styles.bold);
                    text(line, 6, element.rule(), styles.wrapped);
                    text(line, 7, String.join("\n", element.explanation()), styles.wrapped);
                    text(line, 8, String.join("\n", element.records().stream()
                            .map(r -> r.date() + " " + r.title() + (r.falsified() ? "（弄虚作假）" : "")).toList()),
                            styles.wrapped);
                    max = max.add(element.max());
                    value = value.add(element.value());
                }
            }
        }
        Row total = sheet.createRow(index);
        for (int c = 0; c < ELEMENT_HEADERS.size(); c++) {
            text(total, c, "", styles.total);
        }
        text(total, 0, ELEMENTS_TOTAL, styles.total);
        number(total, 4, max, styles.total);
        number(total, 5, value, styles.total);
        Sheets.finish(sheet, 0);
        Sheets.widths(sheet, 10, 24, 14, 24, 8, 8, 40, 40, 30);
    }

    private static void summary(Sheet sheet, UnitSheet unit, Watermark mark, Styles styles) {
        Sheets.titleAndHeaders(sheet, styles, unit.unitName() + " · " + Sheets.title(unit.head(), "星级与总分"), mark,
                SUMMARY_HEADERS);
        int index = FIRST_ROW;
        for (StarPart star : unit.stars()) {
            Row line = sheet.createRow(index++);
            text(line, 0, star.name(), styles.text);
            number(line, 1, star.score(), star.awarded() ? styles.awarded : styles.number);
            number(line, 2, star.max(), styles.number);
            number(line, 3, star.threshold(), styles.number);
            text(line, 4, star.awarded() ? "★ 获星" : "未获星：" + String.join("、",
                    star.withheld().stream().map(w -> WITHHELD.getOrDefault(w, w)).toList()), styles.text);
            lines(line, star.explanation(), styles);
        }
        UnitSheet.Summary s = unit.summary();
        UnitSheet.BonusPart bonus = unit.bonus();
        UnitDetail.Explained explained = unit.explained();
        points(sheet.createRow(index++), "党建分", s.partyScore(), "五星合计", styles);
        Row bonusLine = sheet.createRow(index++);
        points(bonusLine, "加分", s.bonus(), bonus.capped() ? "加分合计 " + bonus.uncapped().toPlainString()
                + " 分，以 " + bonus.cap().toPlainString() + " 分为限" : "", styles);
        if (s.deducted() != null) {
            points(sheet.createRow(index++), "底线扣分", s.deducted().baseline(), "已计入党建分", styles);
            points(sheet.createRow(index++), "扣分事项", s.deducted().penalties(), "已计入党建分", styles);
            points(sheet.createRow(index++), "弄虚作假倒扣", s.deducted().falsification(), "已计入党建分", styles);
        }
        Row serious = sheet.createRow(index++);
        points(serious, "严重违纪扣分", s.deductions(), "从总分中扣除", styles);
        Row total = sheet.createRow(index++);
        points(total, "总分", s.total(), "排名 " + s.rank() + " / " + s.rankedUnits(), styles);
        flag(sheet.createRow(index++), "党建优", yesNo(s.partyExcellent()), "", styles);
        Row performance = sheet.createRow(index++);
        flag(performance, "业绩优", yesNo(s.performanceExcellent()), s.vetoed() ? "一票否决" : "", styles);
        flag(sheet.createRow(index++), "双优", yesNo(s.doubleExcellent()), "", styles);
        flag(sheet.createRow(index), "先进/视同先进", "", ResultsWorkbook.advanced(s.advanced()), styles);
        if (explained != null) {
            lines(bonusLine, explained.bonus(), styles);
            lines(serious, explained.deductions(), styles);
            lines(total, explained.standing(), styles);
            lines(performance, explained.performance(), styles);
        }
        Sheets.finish(sheet, 0);
        Sheets.widths(sheet, 16, 10, 10, 10, 30, 80);
    }

    private static void lines(Row line, List<String> lines, Styles styles) {
        text(line, 5, String.join("\n", lines), styles.wrapped);
    }

    private static void points(Row line, String label, BigDecimal value, String note, Styles styles) {
        text(line, 0, label, styles.total);
        number(line, 1, value, styles.total);
        text(line, 4, note, styles.text);
    }

    private static void flag(Row line, String label, String value, String note, Styles styles) {
        text(line, 0, label, styles.text);
        text(line, 1, value, styles.text);
        text(line, 4, note, styles.text);
    }
}
