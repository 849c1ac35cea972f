package com.xingping.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import com.xingping.results.EditionHead;
import com.xingping.results.UnitSheet;
import com.xingping.results.UnitSheet.BaselinePart;
import com.xingping.results.UnitSheet.CriterionPart;
import com.xingping.results.UnitSheet.ElementPart;
import com.xingping.results.UnitSheet.StarPart;
import com.xingping.results.UnitSheet.Summary;
import com.xingping.scoring.SeriousDeduction;

/**
 * A unit's 考核报告 in an edition: its standing (总分, rank, stars, 双优, 先进), each star against its threshold
 * and the city median, every element's points, 加分 and deductions, 业绩优's conditions.
 */
final class UnitReport {
    static final List<String> ELEMENTS = List.of("指标", "要素", "满分", "得分");

    private UnitReport() {
    }

    static Report of(UnitSheet sheet, Letter letter, MessageSource messages) {
        EditionHead head = sheet.head();
        Summary s = sheet.summary();
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Text(EditionText.basis(head, letter.zone())));

        blocks.add(new Report.Heading("一、考核结果"));
        StringBuilder stars = new StringBuilder();
        sheet.stars().forEach(st -> stars.append(st.awarded() ? '★' : '☆'));
        blocks.add(new Report.Table(List.of("项目", "结果"), List.of(
                List.of("总分", s.total().toPlainString()),
                List.of("排名", s.rank() + " / " + s.rankedUnits()),
                List.of("星级", stars + "（" + s.starCount() + " 星）"),
                List.of("党建分", s.partyScore().toPlainString()),
                List.of("加分", s.bonus().toPlainString()),
                List.of("严重违纪扣分", s.deductions().toPlainString()),
                List.of("党建优", yes(s.partyExcellent())),
                List.of("业绩优", yes(s.performanceExcellent()) + (s.vetoed() ? "（一票否决）" : "")),
                List.of("双优", yes(s.doubleExcellent())),
                List.of("先进/视同先进", s.advanced() == null ? "否" : s.advancedName())),
                List.of(1f, 2f), List.of(false, false)));

        blocks.add(new Report.Heading("二、五星得分"));
        blocks.add(new Report.Table(List.of("星", "满分", "获星线", "得分", "全市中位数", "结果"),
                sheet.stars().stream().map(st -> List.of(st.name(), plain(st.max()), plain(st.threshold()),
                        plain(st.score()), plain(st.median()), st.awarded() ? "获星" : "未获星")).toList(),
                List.of(1.6f, 1f, 1f, 1f, 1.2f, 1f), List.of(false, true, true, true, true, false)));

        int section = 0;
        for (StarPart star : sheet.stars()) {
            section++;
            blocks.add(new Report.Heading("（" + section + "）" + star.name() + "：得分 " + plain(star.score()) + " / 满分 "
                    + plain(star.max()) + "，" + (star.awarded() ? "获星" : "未获星")));
            List<List<String>> rows = new ArrayList<>();
            for (CriterionPart criterion : star.criteria()) {
                for (ElementPart element : criterion.elements()) {
                    rows.add(List.of(criterion.name(), element.name(), plain(element.max()), plain(element.value())));
                }
            }
            blocks.add(new Report.Table(ELEMENTS, rows, List.of(1.4f, 3.6f, 0.8f, 0.8f),
                    List.of(false, false, true, true)));
            if (!star.withheld().isEmpty()) {
                blocks.add(new Report.Text("未获星原因：" + String.join("；", star.withheld().stream()
                        .map(w -> messages.getMessage("results.withheld." + w, null, w, Locale.SIMPLIFIED_CHINESE)).toList())
                        + "。"));
            }
            for (BaselinePart baseline : star.baselines()) {
                blocks.add(new Report.Text("底线扣分：" + baseline.text() + "，扣 " + plain(baseline.points()) + " 分。"));
            }
        }

        blocks.add(new Report.Heading("三、加分与扣分"));
        UnitSheet.BonusPart bonus = sheet.bonus();
        blocks.add(new Report.Text("加分 " + plain(bonus.uncapped()) + " 分" + (bonus.capped()
                ? "，超过上限 " + plain(bonus.cap()) + " 分，计 " + plain(bonus.total()) + " 分。" : "，计 " + plain(bonus.total()) + " 分。")));
        if (sheet.deductions().isEmpty()) {
            blocks.add(new Report.Text("无严重违纪扣分。"));
        }
        for (SeriousDeduction deduction : sheet.deductions()) {
            blocks.add(new Report.Text("严重违纪扣分：" + deduction.reason() + "，扣 " + plain(deduction.points()) + " 分。"));
        }

        blocks.add(new Report.Heading("四、业绩优"));
        UnitSheet.PerformancePart performance = sheet.performance();
        blocks.add(new Report.Table(List.of("条件", "是否满足"),
                performance.conditions().stream().map(c -> List.of(c.text(), yes(c.met()))).toList(),
                List.of(4f, 1f), List.of(false, false)));
        if (performance.rated()) {
            blocks.add(new Report.Text("行风评议得分 " + plain(performance.conductScore()) + "，全市平均 "
                    + plain(performance.conductMean()) + "。"));
        }
        blocks.add(new Report.Text("业绩优：" + yes(performance.excellent()) + (performance.vetoed() ? "（一票否决）" : "") + "。"));

        return letter.report(sheet.unitName() + " " + head.year() + " 年度考核报告（" + EditionText.name(head) + "）", blocks,
                List.of("考核组负责人（签字）", "单位党组织书记（签字）"));
    }

    private static String yes(boolean value) {
        return value ? "是" : "否";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }

}
