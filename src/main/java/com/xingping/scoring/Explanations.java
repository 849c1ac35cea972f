package com.xingping.scoring;

import static com.xingping.scoring.Decimals.plain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.xingping.rubric.Element;
import com.xingping.rubric.ElementKind;
import com.xingping.rubric.TierLevel;

/**
 * Writes an element result's explanation, one step a line: the rule, what the true records earn
 * (false ones named apart, never as achieved), each part under its own cap, the element's cap,
 * each penalty, the clamp (备注4), the falsification (备注5) and the value.
 */
final class Explanations {
    static final String REMARK_4 = "备注4：所有分项得分和扣分都以该项分值为上限";
    static final String REMARK_5 = "备注5：发现有弄虚作假的，相应项目加倍倒扣";

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
            lines.add("合计 " + plain(result.raw()) + " 分，超过本项分值 " + plain(element.max()) + " 分，按 "
                    + plain(element.max()) + " 分计");
        }
        for (AppliedPenalty penalty : result.penalties()) {
            lines.add(penalty.penalty().name() + " " + penalty.times() + " 次 × " + plain(penalty.penalty().points())
                    + " 分，扣 " + plain(penalty.points()) + " 分");
        }
        BigDecimal beforeClamp = result.raw().min(element.max()).subtract(result.penaltyPoints());
        if (beforeClamp.signum() < 0) {
            lines.add("扣分 " + plain(result.penaltyPoints()) + " 分超过所得 " + plain(result.raw().min(element.max()))
                    + " 分，本项最低 0 分（" + REMARK_4 + "）");
        }
        if (result.falsified() > 0) {
            lines.add(falsification(result));
        }
        lines.add(result.falsificationPenalty().signum() == 0
                ? "本项得分 " + plain(result.value()) + " 分（满分 " + plain(element.max()) + " 分）"
                : "本项得分：计得 " + plain(result.earned()) + " 分，倒扣 " + plain(result.falsificationPenalty())
                + " 分，合计 " + plain(result.value()) + " 分（满分 " + plain(element.max()) + " 分）");
        return lines;
    }

    private static String basis(ElementResult result) {
        Element element = result.element();
        Basis basis = result.basis();
        boolean claimed = result.claim() != null;
        return switch (element.kind()) {
            case CHECK -> basis.reported() ? "真实记录：已完成并经审核通过，" + plain(element.max()) + " 分"
                    : claimed ? "无真实记录：0 分" : "未完成或未上报：0 分";
            case COUNT -> count(result);
            case FULL_MINUS -> "满分 " + plain(element.max()) + " 分起算" + (result.penalties().isEmpty()
                    ? "，无扣分事项" : "，有扣分事项的按次扣减");
            case RATIO -> !basis.reported() ? "未提交党员名册：0 分"
                    : basis.members() == 0 ? "党员名册为空：0 分"
                    : "党员名册 " + basis.members() + " 人中 " + basis.met() + " 人达到规定学时：" + plain(element.max())
                    + " × " + basis.met() + "/" + basis.members() + " = " + plain(result.raw()) + " 分（四舍五入到 0.01）";
            case TIER -> basis.reported()
                    ? (claimed ? "真实记录" : "经审核") + "达到“" + levelName(element, basis.level()) + "”："
                    + plain(result.raw()) + " 分"
                    : claimed ? "无真实记录：0 分" : "未达到任何等级：0 分";
            case THRESHOLD -> !basis.reported() ? (claimed ? "无真实记录：0 分" : "未上报：0 分")
                    : (claimed ? "真实记录：" : "") + "比率 " + percent(basis.measured())
                    + (basis.measured().compareTo(element.threshold()) >= 0 ? " 达到 " : " 未达到 ")
                    + percent(element.threshold()) + "：" + plain(result.raw()) + " 分";
            case ASSESS -> basis.reported() ? "工委评定 " + plain(basis.measured()) + " 分" : "工委尚未评定：0 分";
        };
    }

    /** "审核通过 N 次" counts every approved occurrence; the false ones are named and left out of the sum. */
    private static String count(ElementResult result) {
        Element element = result.element();
        int approved = result.basis().occurrences();
        int counted = approved - result.falsified();
        String head = "审核通过 " + approved + " 次" + (result.falsified() > 0
                ? "，其中 " + result.falsified() + " 次认定为弄虚作假、不计分" : "");
        if (!result.parts().isEmpty()) {
            return head + "，分项计分：";
        }
        if (approved == 0) {
            return head + "：0 分";
        }
        String sum = counted + " 次 × " + plain(element.each()) + " 分 = " + plain(Decimals.times(counted, element.each()))
                + " 分";
        return result.falsified() > 0 ? head + "；真实的 " + sum : head + " × " + plain(element.each()) + " 分 = "
                + plain(Decimals.times(counted, element.each())) + " 分";
    }

    private static String part(Element element, PartResult part) {
        int counted = part.occurrences() - part.falsified();
        BigDecimal sum = Decimals.times(counted, element.each());
        return "· " + part.part().name() + "：审核通过 " + part.occurrences() + " 次"
                + (part.falsified() > 0 ? "，其中 " + part.falsified() + " 次弄虚作假、不计分；真实的 " : "，")
                + counted + " 次 × " + plain(element.each()) + " 分 = " + plain(sum) + " 分"
                + (sum.compareTo(part.part().max()) > 0
                ? "，超过本部分上限 " + plain(part.part().max()) + " 分，按 " + plain(part.earned()) + " 分计"
                : "（本部分上限 " + plain(part.part().max()) + " 分）");
    }

    /**
     * The falsification in one line, each amount once: what was claimed, its nominal points, the
     * multiplier and the deduction, with 备注5's words.
     */
    private static String falsification(ElementResult result) {
        Element element = result.element();
        String what = result.claim() == null
                ? "认定弄虚作假 " + result.falsified() + " 次，所报 " + plain(result.claimed()) + " 分"
                + (claimCapped(result) ? "（以分值为限）" : "")
                : "认定弄虚作假：" + claim(element, result.claim()) + "，所报 " + plain(result.claimed()) + " 分";
        if (result.claimed().signum() == 0) {
            return what + "，无可倒扣（" + REMARK_5 + "）";
        }
        return what + "不计分，按 " + plain(result.falsificationPenalty().divide(result.claimed())) + " 倍倒扣 " + plain(result.falsificationPenalty())
                + " 分，不受本项分值限制（" + REMARK_5 + "）";
    }

    private static boolean claimCapped(ElementResult result) {
        Element element = result.element();
        if (result.parts().isEmpty()) {
            return Decimals.times(result.falsified(), element.each()).compareTo(result.claimed()) > 0;
        }
        return result.parts().stream().anyMatch(p -> Decimals.times(p.falsified(), element.each())
                .compareTo(p.claimed()) > 0);
    }

    /** What a false record claimed for a single-fact element, in words. */
    private static String claim(Element element, FalseClaim claim) {
        if (claim.level() != null) {
            return "虚报达到“" + levelName(element, claim.level()) + "”";
        }
        if (claim.measure() == null) {
            return "虚报已完成";
        }
        return element.kind() == ElementKind.THRESHOLD ? "虚报比率 " + percent(claim.measure())
                : "虚报工委评定 " + plain(claim.measure()) + " 分";
    }

    private static String levelName(Element element, String level) {
        return element.level(level).map(TierLevel::name).orElse(level);
    }

    static String percent(BigDecimal rate) {
        return plain(rate.movePointRight(2)) + "%";
    }
}
