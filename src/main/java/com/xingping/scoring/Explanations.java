package com.xingping.scoring;

import static com.xingping.scoring.Decimals.plain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.xingping.rubric.Element;
import com.xingping.rubric.ElementKind;

/** Writes an element result's explanation: the facts used, the rule, any cap, penalty, clamp or falsification. */
final class Explanations {
    private Explanations() {
    }

    static List<String> of(ElementResult result) {
        Element element = result.element();
        List<String> lines = new ArrayList<>();
        lines.add("规则：" + element.source());
        lines.add(basis(result));
        for (PartResult part : result.parts()) {
            lines.add(part(element, part));
        }
        if (result.capped()) {
            lines.add("超过本项分值 " + plain(element.max()) + " 分，按 " + plain(element.max()) + " 分计");
        }
        for (AppliedPenalty penalty : result.penalties()) {
            lines.add(penalty.penalty().name() + " " + penalty.times() + " 次 × " + plain(penalty.penalty().points())
                    + " 分，扣 " + plain(penalty.points()) + " 分");
        }
        BigDecimal beforeClamp = result.raw().min(element.max()).subtract(result.penaltyPoints());
        if (beforeClamp.signum() < 0) {
            lines.add("扣分以本项分值为限，本项最低 0 分（备注4）");
        }
        if (result.falsified() > 0) {
            lines.add("认定弄虚作假 " + result.falsified() + (element.kind() == ElementKind.COUNT ? " 次" : " 项")
                    + "（" + claim(result) + "）：不计其分，所报 " + plain(result.claimed()) + " 分加倍倒扣，扣 "
                    + plain(result.falsificationPenalty()) + " 分（备注5：发现有弄虚作假的，相应项目加倍倒扣）");
        }
        lines.add("本项得分 " + plain(result.value()) + " 分（满分 " + plain(element.max()) + " 分）");
        return lines;
    }

    private static String basis(ElementResult result) {
        Element element = result.element();
        Basis basis = result.basis();
        return switch (element.kind()) {
            case CHECK -> basis.reported() ? "已完成：" + plain(element.max()) + " 分"
                    : result.falsified() > 0 ? "无真实记录：0 分" : "未完成或未上报：0 分";
            case COUNT -> basis.occurrences() == 0 ? "审核通过 0 次：0 分"
                    : "审核通过 " + basis.occurrences() + " 次" + (result.falsified() > 0
                    ? "，其中 " + result.falsified() + " 次认定为弄虚作假、不计分" : "")
                    + (result.parts().isEmpty() ? "：" + (basis.occurrences() - result.falsified()) + " 次 × "
                    + plain(element.each()) + " 分 = " + plain(Decimals.times(basis.occurrences() - result.falsified(),
                    element.each())) + " 分" : "，分项计分：");
            case FULL_MINUS -> "满分 " + plain(element.max()) + " 分起算，有扣分项的按次扣减";
            case RATIO -> !basis.reported() ? "未提交党员名册：0 分"
                    : basis.members() == 0 ? "党员名册为空：0 分"
                    : "党员名册 " + basis.members() + " 人中 " + basis.met() + " 人达到规定学时：" + plain(element.max())
                    + " × " + basis.met() + "/" + basis.members() + " = " + plain(result.raw()) + " 分（四舍五入到 0.01）";
            case TIER -> basis.reported()
                    ? "达到“" + element.level(basis.level()).map(l -> l.name()).orElse(basis.level()) + "”："
                    + plain(result.raw()) + " 分"
                    : result.falsified() > 0 ? "无真实记录：0 分" : "未达到任何等级：0 分";
            case THRESHOLD -> !basis.reported() ? (result.falsified() > 0 ? "无真实记录：0 分" : "未上报：0 分")
                    : "比率 " + percent(basis.measured()) + (basis.measured().compareTo(element.threshold()) >= 0 ? " 达到 " : " 未达到 ")
                    + percent(element.threshold()) + "：" + plain(result.raw()) + " 分";
            case ASSESS -> basis.reported() ? "工委评定 " + plain(basis.measured()) + " 分" : "工委尚未评定：0 分";
        };
    }

    private static String part(Element element, PartResult part) {
        int counted = part.occurrences() - part.falsified();
        return "· " + part.part().name() + "：" + counted + " 次 × " + plain(element.each()) + " 分"
                + (part.capped() && Decimals.times(counted, element.each()).compareTo(part.part().max()) > 0
                ? "，超过本部分上限 " + plain(part.part().max()) + " 分，按上限计" : "")
                + " = " + plain(part.earned()) + " 分" + (part.falsified() > 0 ? "（另有 " + part.falsified() + " 次弄虚作假）" : "");
    }

    /** What the false records claimed, in words. */
    private static String claim(ElementResult result) {
        Element element = result.element();
        FalseClaim claim = result.claim();
        if (claim == null) {
            return "虚报 " + result.falsified() + " 次";
        }
        if (claim.level() != null) {
            return "虚报“" + element.level(claim.level()).map(l -> l.name()).orElse(claim.level()) + "”";
        }
        if (claim.measure() == null) {
            return "虚报已完成";
        }
        return element.kind() == ElementKind.THRESHOLD ? "虚报比率 " + percent(claim.measure())
                : "虚报 " + plain(claim.measure()) + " 分";
    }

    private static String percent(BigDecimal rate) {
        return plain(rate.movePointRight(2)) + "%";
    }
}
