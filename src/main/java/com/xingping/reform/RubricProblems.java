package com.xingping.reform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.xingping.rubric.ProblemWords;

/**
 * The rubric loader's problems ({@code policy.starThreshold: must be a share in (0, 1], not 1.5}) in
 * Chinese for the committee: the field's place as the file names it, what that field is (the element's,
 * criterion's or star's own name where the place names one), and the reason.
 */
final class RubricProblems {
    private static final Pattern UNREADABLE = Pattern.compile("(?:line (\\d+): )?(not readable YAML: .*)", Pattern.DOTALL);
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
    private RubricProblems() {
    }

    /** @param names the Chinese names of the rubric's stars, criteria and elements, by id */
    static List<ScenarioProblem> zh(List<String> lines, Map<String, String> names) {
        List<ScenarioProblem> problems = new ArrayList<>();
        for (String line : lines) {
            Matcher unreadable = UNREADABLE.matcher(line);
            if (unreadable.matches()) {
                problems.add(new ScenarioProblem("rubric", "细则文本", ProblemWords.chinese(unreadable.group(2))
                        + (unreadable.group(1) == null ? "" : "（第 " + unreadable.group(1) + " 行）")));
                continue;
            }
            int colon = line.indexOf(": ");
            String place = colon < 0 ? "" : line.substring(0, colon);
            String reason = colon < 0 ? line : line.substring(colon + 2);
            problems.add(new ScenarioProblem(place.isEmpty() ? "rubric" : place, label(place, names), ProblemWords.chinese(reason)));
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
}
