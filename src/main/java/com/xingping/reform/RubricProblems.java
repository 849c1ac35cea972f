package com.xingping.reform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rubric loader's problems ({@code policy.starThreshold: must be a share in (0, 1], not 1.5}) in
 * Chinese for the committee: the field's place as the file names it, what that field is (the element's,
 * criterion's or star's own name where the place names one), and the reason.
 */
final class RubricProblems {
    private static final Pattern ELEMENT = Pattern.compile(".*elements\\[([^\\]]+)](?:\\.(\\w+))?.*");
    private static final Pattern CRITERION = Pattern.compile(".*criteria\\[([^\\]]+)](?:\\.(\\w+))?$");
    private static final Pattern STAR = Pattern.compile("^stars\\[([^\\]]+)](?:\\.(\\w+))?$");
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("policy.starThreshold", "星级门槛（占每颗星分值的比例）"),
            Map.entry("policy.falsificationMultiplier", "弄虚作假倒扣倍数"),
            Map.entry("policy.conductVetoBottom", "行风评议末位否决名次数"),
            Map.entry("policy.conductVetoTies", "末位并列规则"),
            Map.entry("policy.baselinePoints", "违反底线扣分分值"),
            Map.entry("policy.baselineDeduction", "底线扣分方式"),
            Map.entry("policy.partyExcellent", "党建优规则"),
            Map.entry("policy.halfYearSplit", "下半年起始日"),
            Map.entry("policy.studyHours", "学时要求"),
            Map.entry("bonus.cap", "加分上限"),
            Map.entry("points", "党建优总分"),
            Map.entry("id", "细则编号"),
            Map.entry("year", "年度"),
            Map.entry("title", "细则标题"),
            Map.entry("stars", "五星"),
            Map.entry("window", "考评时段"),
            Map.entry("rubric", "细则文本"));
    private static final Map<String, String> PARTS = Map.of("max", "满分", "each", "每次分值", "threshold", "达标比例",
            "kind", "计分方式", "levels", "等级", "parts", "分项", "penalties", "扣分项", "points", "分值", "name", "名称");
    private static final List<Reason> REASONS = List.of(
            reason("must be a share in \\(0, 1], not (.+)", m -> "须为大于 0、不超过 1 的比例，不能是 " + m.group(1)),
            reason("must be a rate in \\(0, 1]", m -> "须为大于 0、不超过 1 的比例"),
            reason("must not be negative(?:, not (.+))?", m -> "不能为负数" + (m.group(1) == null ? "" : "，不能是 " + m.group(1))),
            reason("must be greater than 0, not (.+)", m -> "须大于 0，不能是 " + m.group(1)),
            reason("must be a whole number, not (.+)", m -> "须为整数，不能是 " + m.group(1)),
            reason("must be a number, not .*", m -> "须为数字"),
            reason("must be a string", m -> "须为文字"),
            reason("must be true or false, not .*", m -> "须为是或否"),
            reason("must be a list", m -> "须为列表"),
            reason("must be an object", m -> "须为一组字段"),
            reason("missing", m -> "缺少此项"),
            reason("must be pass or fail, not .*", m -> "只能是“并列者通过”或“并列者均否决”"),
            reason("must be perItem or perViolation, not .*", m -> "只能是“每项扣一次”或“每次违反都扣”"),
            reason("must be allStars or minimumTotal, not .*", m -> "只能是“五星”或“总分达到”"),
            reason("must not exceed the element's max (.+)", m -> "不能超过该项满分 " + m.group(1)),
            reason("must be at least the element's points each (.+)", m -> "不能小于该项每次分值 " + m.group(1)),
            reason("is (.+) but the stars add up to (.+)", m -> "为 " + m.group(1) + "，但各星分值合计 " + m.group(2)),
            reason("is (.+) but its criteria add up to (.+)", m -> "为 " + m.group(1) + "，但各指标分值合计 " + m.group(2)),
            reason("is (.+) but its elements' maxima add up to (.+)", m -> "为 " + m.group(1) + "，但各项满分合计 " + m.group(2)),
            reason("the parts' maxima add up to (.+) but the element's max is (.+)",
                    m -> "各分项满分合计 " + m.group(1) + "，但该项满分为 " + m.group(2)),
            reason("an ASSESS maximum must be a multiple of 0\\.5, not (.+)", m -> "评定分的满分须为 0.5 的倍数，不能是 " + m.group(1)),
            reason("only a COUNT element has points each", m -> "只有按次计分的项目才有每次分值"),
            reason("only a THRESHOLD element has a threshold", m -> "只有达标计分的项目才有达标比例"),
            reason("only a TIER element has levels", m -> "只有分等级计分的项目才有等级"),
            reason("only a COUNT element has parts", m -> "只有按次计分的项目才有分项"),
            reason("unknown kind .*", m -> "计分方式无效"),
            reason("unknown field .*", m -> "细则中没有这个字段"),
            reason("duplicate .*", m -> "编号重复"),
            reason("must be a month and day as MM-DD, not .*", m -> "须为月-日，如 12-16"),
            reason("a .* needs at least .*", m -> "不能为空"),
            reason("needs .*", m -> "缺少必需的内容"),
            reason("no such rubric", m -> "没有这份细则"),
            reason("a rubric file must be a YAML mapping", m -> "须为细则文件的格式（字段: 值）"),
            reason("dated parts must be .*", m -> "上、下半年分项须各有一个"),
            reason("no such code .*", m -> "没有这个代码"));

    private RubricProblems() {
    }

    private record Reason(Pattern pattern, Function<Matcher, String> words) {
    }

    private static Reason reason(String regex, Function<Matcher, String> words) {
        return new Reason(Pattern.compile(regex), words);
    }

    /** @param names the Chinese names of the rubric's stars, criteria and elements, by id */
    static List<ScenarioProblem> zh(List<String> lines, Map<String, String> names) {
        List<ScenarioProblem> problems = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("not readable YAML")) {
                problems.add(new ScenarioProblem("rubric", "细则文本", "格式有误，无法读取（请检查缩进、冒号和引号）"));
                continue;
            }
            int colon = line.indexOf(": ");
            String place = colon < 0 ? "" : line.substring(0, colon);
            String reason = colon < 0 ? line : line.substring(colon + 2);
            problems.add(new ScenarioProblem(place.isEmpty() ? "rubric" : place, label(place, names), words(reason)));
        }
        return problems;
    }

    static String label(String place, Map<String, String> names) {
        String known = FIELDS.get(place);
        if (known != null) {
            return known;
        }
        for (Pattern pattern : List.of(ELEMENT, CRITERION, STAR)) {
            Matcher m = pattern.matcher(place);
            if (m.matches()) {
                String name = names.getOrDefault(m.group(1), pattern == ELEMENT ? "项目" : pattern == STAR ? "星" : "指标");
                String part = m.group(2) == null ? "" : PARTS.getOrDefault(m.group(2), "");
                return name.isEmpty() ? part : name + (part.isEmpty() ? "" : "的" + part);
            }
        }
        if (place.startsWith("policy.")) {
            return "政策设置";
        }
        if (place.startsWith("bonus.")) {
            return "加分规则";
        }
        if (place.startsWith("performance.")) {
            return "业绩优规则";
        }
        return "细则字段";
    }

    private static String words(String reason) {
        for (Reason known : REASONS) {
            Matcher m = known.pattern().matcher(reason);
            if (m.matches()) {
                return known.words().apply(m);
            }
        }
        return "不符合细则文件的要求";
    }
}
