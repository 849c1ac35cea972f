package com.xingping.scoring;

import static com.xingping.scoring.Decimals.plain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.xingping.rubric.Baseline;
import com.xingping.rubric.BaselineDeduction;
import com.xingping.rubric.PerformanceRule;
import com.xingping.rubric.Policy;
import com.xingping.rubric.Rubric;

/**
 * Why a unit's stars, 加分, deductions, 业绩优, 党建优 / 双优 / 先进 and rank are what they are, in
 * the notice's words (zh-CN), one step a line; the elements explain themselves
 * ({@link ElementResult#explanation()}). Written only when a page, an export or {@code --explain} asks.
 *
 * @param stars       per star id: its earned points, baseline deductions, falsification, threshold and verdict
 * @param bonus       the window, each 加分 item (counted or why not), the sum and the cap
 * @param deductions  each kind of deduction with its items and reasons, and where it is taken off
 * @param performance each condition of 业绩优, the 行风评议 mean, place and veto, and the verdict
 * @param standing    党建分, 总分, 党建优, 双优, 先进 / 视同先进 and the rank with its tie rule
 */
public record UnitExplanation(Map<String, List<String>> stars, List<String> bonus, List<String> deductions,
                              List<String> performance, List<String> standing) {
    static final String REMARK_2 = "备注2：部门（单位）目标责任制考核不参评单位和市直机关工委的机关党组织不参加先进创评，"
            + "其考核成绩达到“双优”标准的视同先进党组织一并表彰";
    /** performance-1 of a unit outside the 目标责任制考核: the committee's judgement in its place. */
    public static final String TARGET_JUDGED = "工作成效与目标责任制考核优胜单位相当";
    static final String REMARK_3_BASELINE = "备注3：违反底线标准的，每项扣1-2分";
    static final String REMARK_3_SERIOUS = "备注3：党员干部严重违纪违法的，参照市纪委有关扣分规定执行";

    /** What a failed condition of 业绩优 comes to, in a few words, for the verdict line. */
    private static final Map<String, String> SHORT_FAILURES = Map.of(
            "performance-1", "目标责任制考核不是优胜单位",
            "performance-2", "领导班子一项未获工委认定",
            "performance-3", "行风评议成绩不在平均分以上，也无明显提升",
            "performance-V", "行风评议末三位，一票否决");

    public UnitExplanation {
        stars = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stars));
        bonus = List.copyOf(bonus);
        deductions = List.copyOf(deductions);
        performance = List.copyOf(performance);
        standing = List.copyOf(standing);
    }

    /** The explanation of {@code unit}, one of {@code year}'s units, scored under {@code rubric}. */
    public static UnitExplanation of(Rubric rubric, YearResult year, UnitResult unit) {
        Map<String, List<String>> stars = new LinkedHashMap<>();
        for (StarResult star : unit.stars()) {
            stars.put(star.star().id(), star(rubric.policy(), star));
        }
        return new UnitExplanation(stars, bonus(rubric, unit.bonus()), deductions(unit), performance(rubric, unit),
                standing(rubric, year, unit));
    }

    static List<String> star(Policy policy, StarResult star) {
        String name = star.star().name();
        List<String> lines = new ArrayList<>();
        lines.add("各项计得合计 " + plain(star.earned()) + " 分（满分 " + plain(star.star().points()) + " 分）");
        if (!star.violations().isEmpty()) {
            lines.add("违反底线标准，扣 " + plain(star.baselineDeduction()) + " 分（" + REMARK_3_BASELINE
                    + (policy.baselineDeduction() == BaselineDeduction.PER_ITEM ? "；同一项记录多次的只扣一次，按最高计）" : "）"));
            for (Map.Entry<String, List<BaselineViolation>> item : byItem(star.violations()).entrySet()) {
                String text = star.star().baselines().stream().filter(b -> b.id().equals(item.getKey()))
                        .map(Baseline::text).findFirst().orElse(item.getKey());
                lines.add("· 底线标准“" + text + "”：" + violation(policy, item.getValue()));
            }
            if (star.baselineDeduction().compareTo(star.earned()) > 0) {
                lines.add("底线扣分超过计得的 " + plain(star.earned()) + " 分，扣后最低 0 分");
            }
        }
        if (star.falsificationPenalty().signum() > 0) {
            List<String> elements = new ArrayList<>();
            for (CriterionResult criterion : star.criteria()) {
                for (ElementResult element : criterion.elements()) {
                    if (element.falsificationPenalty().signum() > 0) {
                        elements.add(element.element().name() + " " + plain(element.falsificationPenalty()) + " 分");
                    }
                }
            }
            lines.add("弄虚作假加倍倒扣 " + plain(star.falsificationPenalty()) + " 分（" + String.join("、", elements)
                    + "），不受最低 0 分限制（" + Explanations.REMARK_5 + "）");
        }
        lines.add(scoreLine(star));
        lines.add("获星线：" + plain(star.star().points()) + " 分的 " + Explanations.percent(policy.starThreshold())
                + "，即 " + plain(star.threshold()) + " 分");
        if (star.awarded()) {
            lines.add("达到获星线，未违反底线标准，无弄虚作假：获" + name);
        } else {
            List<String> reasons = new ArrayList<>();
            for (Withholding reason : star.withheld()) {
                reasons.add(switch (reason) {
                    case BELOW_THRESHOLD -> "得分 " + plain(star.score()) + " 分未达获星线，还差 " + plain(star.toThreshold())
                            + " 分";
                    case BASELINE_VIOLATED -> "违反底线标准，不论得分均不授星";
                    case FALSIFIED -> "有弄虚作假记录，不论得分均不授星";
                });
            }
            lines.add("未获" + name + "：" + String.join("；", reasons));
        }
        return lines;
    }

    private static Map<String, List<BaselineViolation>> byItem(List<BaselineViolation> violations) {
        Map<String, List<BaselineViolation>> items = new LinkedHashMap<>();
        violations.forEach(v -> items.computeIfAbsent(v.baselineId(), id -> new ArrayList<>()).add(v));
        return items;
    }

    private static String violation(Policy policy, List<BaselineViolation> incidents) {
        BigDecimal highest = incidents.stream().map(BaselineViolation::points).reduce(BigDecimal::max).orElseThrow();
        BigDecimal sum = incidents.stream().map(BaselineViolation::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (incidents.size() == 1) {
            return "扣 " + plain(highest) + " 分";
        }
        return policy.baselineDeduction() == BaselineDeduction.PER_ITEM
                ? "记录 " + incidents.size() + " 次，本项扣一次，按最高 " + plain(highest) + " 分计"
                : "记录 " + incidents.size() + " 次，每次分别扣分，共扣 " + plain(sum) + " 分";
    }

    private static String scoreLine(StarResult star) {
        boolean baseline = star.baselineDeduction().signum() > 0;
        boolean falsified = star.falsificationPenalty().signum() > 0;
        if (!baseline && !falsified) {
            return "本星得分 " + plain(star.score()) + " 分";
        }
        StringBuilder line = new StringBuilder("本星得分：计得 ").append(plain(star.earned()));
        if (baseline) {
            line.append(" − 底线扣分 ").append(plain(star.baselineDeduction()));
            if (star.baselineDeduction().compareTo(star.earned()) > 0) {
                line.append("（最低 0 分）");
            }
        }
        if (falsified) {
            line.append(" − 弄虚作假倒扣 ").append(plain(star.falsificationPenalty()));
        }
        return line.append(" = ").append(plain(star.score())).append(" 分").toString();
    }

    static List<String> bonus(Rubric rubric, BonusResult bonus) {
        List<String> lines = new ArrayList<>();
        lines.add("考核期 " + rubric.window().start(rubric.year()) + " 至 " + rubric.window().end(rubric.year())
                + "（起止时间上年度的12月16日至本年度12月15日）内的事项计分");
        if (bonus.items().isEmpty()) {
            lines.add("无加分事项：0 分");
        }
        for (BonusItem item : bonus.items()) {
            lines.add(item.description() + "：" + plain(item.points()) + " 分"
                    + (item.counted() ? "，计入" : "，不计" + (item.note() == null ? "" : "：" + item.note())));
        }
        lines.add(bonus.capped()
                ? "加分合计 " + plain(bonus.uncapped()) + " 分，超过上限 " + plain(bonus.cap()) + " 分，按 "
                + plain(bonus.total()) + " 分计（加分项目上限" + plain(bonus.cap()) + "分）"
                : "加分合计 " + plain(bonus.total()) + " 分（加分项目上限" + plain(bonus.cap()) + "分，未超过）");
        return lines;
    }

    static List<String> deductions(UnitResult unit) {
        Deductions taken = Deductions.of(unit);
        List<String> lines = new ArrayList<>();
        List<String> baselines = new ArrayList<>();
        List<String> penalties = new ArrayList<>();
        List<String> falsified = new ArrayList<>();
        for (StarResult star : unit.stars()) {
            if (!star.violations().isEmpty()) {
                baselines.add(star.star().name() + " " + plain(star.baselineDeductionTaken()) + " 分");
            }
            for (CriterionResult criterion : star.criteria()) {
                for (ElementResult element : criterion.elements()) {
                    for (AppliedPenalty penalty : element.penalties()) {
                        penalties.add(element.element().name() + "：" + penalty.penalty().name() + " " + penalty.times()
                                + " 次 × " + plain(penalty.penalty().points()) + " 分");
                    }
                    if (element.falsificationPenalty().signum() > 0) {
                        falsified.add(element.element().name() + " " + plain(element.falsificationPenalty()) + " 分");
                    }
                }
            }
        }
        lines.add("违反底线标准扣 " + plain(taken.baseline()) + " 分" + (baselines.isEmpty() ? "：无"
                : "：" + String.join("、", baselines) + "（" + REMARK_3_BASELINE + "）"));
        lines.add("扣分事项扣 " + plain(taken.penalties()) + " 分" + (penalties.isEmpty() ? "：无"
                : "：" + String.join("；", penalties) + "（" + Explanations.REMARK_4 + "）"));
        lines.add("弄虚作假加倍倒扣 " + plain(taken.falsification()) + " 分" + (falsified.isEmpty() ? "：无"
                : "：" + String.join("、", falsified) + "（" + Explanations.REMARK_5 + "）"));
        List<String> serious = unit.seriousDeductions().stream()
                .map(d -> plain(d.points()) + " 分" + (d.reason() == null || d.reason().isBlank() ? "" : "（" + d.reason() + "）"))
                .toList();
        lines.add("严重违纪违法扣 " + plain(taken.serious()) + " 分" + (serious.isEmpty() ? "：无"
                : "：" + String.join("、", serious) + "（" + REMARK_3_SERIOUS + "）"));
        lines.add("前三项已计入各星得分和党建分，严重违纪违法扣分从总分中扣除");
        return lines;
    }

    static List<String> performance(Rubric rubric, UnitResult unit) {
        PerformanceResult p = unit.performance();
        Policy policy = rubric.policy();
        List<String> lines = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (PerformanceRule rule : rubric.performanceRules()) {
            String verdict;
            boolean met;
            switch (rule.id()) {
                case "performance-1" -> {
                    met = p.targetWinner();
                    verdict = (met ? "是" : "否") + (p.targetJudged() ? "（不参加目标责任制考核，由工委评定，备注2）" : "（工委录入）");
                }
                case "performance-2" -> {
                    met = p.leadershipSound();
                    verdict = (met ? "是" : "否") + "（工委评定）";
                }
                case "performance-3" -> {
                    met = p.conductPassed();
                    verdict = conduct(p);
                }
                case "performance-V" -> {
                    met = !p.vetoed();
                    verdict = veto(policy, p);
                }
                default -> {
                    met = true;
                    verdict = "";
                }
            }
            if (!met) {
                failed.add(SHORT_FAILURES.getOrDefault(rule.id(), rule.text()));
            }
            String text = rule.id().equals("performance-1") && p.targetJudged() ? TARGET_JUDGED : rule.text();
            lines.add((met ? "✓ " : "✗ ") + text + "：" + verdict);
        }
        lines.add(p.excellent() ? "业绩优：达到（以上各项均满足）"
                : "业绩优：未达到（" + String.join("；", failed) + "）");
        return lines;
    }

    private static String conduct(PerformanceResult p) {
        if (p.conductScore() == null) {
            return "未参加行风评议，由工委评定为" + (p.conductPassed() ? "满足" : "不满足");
        }
        String mean = p.official() ? "工委录入的官方平均分 " + plain(p.conductMean()) + " 分"
                : p.rated() + " 个参评单位的平均分 " + plain(p.conductMean()) + " 分（按两位小数显示，比较按精确值）";
        String compared = p.conductImproved() ? "工委认定有明显提升，满足"
                : p.conductPassed() ? "在平均分以上，满足" : "低于平均分，且无明显提升，不满足";
        return "行风评议 " + plain(p.conductScore()) + " 分，" + mean + "；" + compared;
    }

    private static String veto(Policy policy, PerformanceResult p) {
        if (p.conductScore() == null) {
            return "未参加行风评议，不适用一票否决";
        }
        if (p.official()) {
            return p.vetoed() ? "列入工委录入的官方行风评议末三位名单，一票否决" : "未列入工委录入的官方行风评议末三位名单";
        }
        int bottom = policy.conductVetoBottom();
        String place = "行风评议第 " + p.place() + " 名（共 " + p.rated() + " 个单位参评，同分并列取较前名次）";
        if (bottom == 0 || p.rated() <= bottom) {
            return place + "；参评单位不超过 " + bottom + " 个，不适用末三位否决";
        }
        int cut = p.rated() - bottom;
        return place + "；名次在第 " + cut + " 名之后的为末三位（同分单位跨越分界的"
                + (policy.conductVetoTiesPass() ? "均不否决" : "均否决") + "）："
                + (p.vetoed() ? "位列末三位，一票否决" : "不在末三位");
    }

    static List<String> standing(Rubric rubric, YearResult year, UnitResult unit) {
        List<String> lines = new ArrayList<>();
        List<String> stars = unit.stars().stream().map(s -> s.star().name() + " " + plain(s.score())).toList();
        lines.add("党建分 = " + String.join(" + ", stars) + " = " + plain(unit.partyScore()) + " 分");
        lines.add("总分 = 党建分 " + plain(unit.partyScore()) + " + 加分 " + plain(unit.bonus().total())
                + " − 严重违纪违法扣分 " + plain(unit.seriousDeductionPoints()) + " = " + plain(unit.total()) + " 分");
        int all = unit.stars().size();
        lines.add(rubric.policy().partyExcellent().allStars()
                ? "党建优（五星）：获 " + unit.starCount() + " 颗星" + (unit.partyExcellent() ? "，" + all + " 颗星全部获得，达到"
                : "，未获全部 " + all + " 颗星，未达到")
                : "党建优：总分 " + plain(unit.total()) + " 分" + (unit.partyExcellent() ? "达到 " : "未达到 ")
                + plain(rubric.policy().partyExcellent().minimum()) + " 分");
        lines.add("双优（党建优且业绩优）：" + (unit.doubleExcellent() ? "达到"
                : "未达到（党建优" + (unit.partyExcellent() ? "达到" : "未达到") + "，业绩优"
                + (unit.performanceExcellent() ? "达到" : "未达到") + "）"));
        lines.add(unit.advanced() == null ? "先进党组织：未达到双优，不列为先进或视同先进（" + REMARK_2 + "）"
                : unit.advanced() == Advanced.ADVANCED ? "先进党组织：达到双优，为目标责任制考核参评单位，参加先进创评"
                : "视同先进：不参加目标责任制考核或为市直机关工委的机关党组织，考核成绩达到“双优”标准，视同先进党组织一并表彰（"
                + REMARK_2 + "）");
        long sharing = year.units().stream().filter(u -> u.rank() == unit.rank()).count() - 1;
        lines.add("排名第 " + unit.rank() + " 名（共 " + year.units().size() + " 个单位" + (sharing > 0
                ? "，与另外 " + sharing + " 个单位并列" : "") + "）：按总分排名，总分相同的比党建分，再相同的比获星数，"
                + "三项都相同的名次并列（如 1、2、2、4）");
        return lines;
    }
}
