package com.xingping.rubric;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reasons {@link RubricLoader} gives (the part of a problem after its field), in Chinese for the
 * committee's pages and API. A reason not known here is shown as the loader wrote it, marked as such.
 */
public final class ProblemWords {
    private static final Pattern DUPLICATE = Pattern.compile("duplicate (part|level|penalty|id) (.*)");
    private static final Map<String, String> NOUNS = Map.of("part", "分项", "level", "等级", "penalty", "扣分项", "id", "编号");
    private static final List<Words> WORDS = List.of(
            new Words("not readable YAML: (.*)", "不是可读的 YAML（语法错误，见所标行附近；请检查缩进、冒号和引号）"),
            new Words("no such rubric", "没有这份细则"),
            new Words("a rubric file must be a YAML mapping", "细则须为 YAML 映射（键: 值）"),
            new Words("a rubric needs at least one star", "细则至少要有一颗星"),
            new Words("is (\\S+) but the stars add up to (\\S+)", "为 $1，但各星分值合计 $2"),
            new Words("is (\\S+) but its criteria add up to (\\S+)", "为 $1，但其各项标准分值合计 $2"),
            new Words("is (\\S+) but its elements' maxima add up to (\\S+)", "为 $1，但其各要素最高分合计 $2"),
            new Words("must be a month and day as MM-DD, not (.*)", "须为 MM-DD 形式的月日，如 12-16，而不是 $1"),
            new Words("must be a share in \\(0, 1\\], not (.*)", "须为大于 0、不超过 1 的比例，而不是 $1"),
            new Words("must be a rate in \\(0, 1\\]", "须为大于 0、不超过 1 的比率"),
            new Words("must not be negative, not (.*)", "不能为负数，而不是 $1"),
            new Words("must not be negative", "不能为负数"),
            new Words("must be greater than 0, not (.*)", "须大于 0，而不是 $1"),
            new Words("must list the points a baseline violation may deduct", "须列出违反底线标准可扣的分值"),
            new Words("must be true or false, not (.*)", "须为 true 或 false，而不是 $1"),
            new Words("must be (\\w+) or (\\w+), not (.*)", "须为 $1 或 $2，而不是 $3"),
            new Words("a star needs at least one criterion", "每颗星至少要有一项标准"),
            new Words("a criterion needs at least one element", "每项标准至少要有一个考评要素"),
            new Words("must not exceed the element's max (\\S+)", "不能超过该要素的最高分 $1"),
            new Words("must be at least the element's points each (\\S+)", "不能少于该要素的每次分值 $1"),
            new Words("only a COUNT element has points each", "只有按次计分（COUNT）的要素才有每次分值"),
            new Words("only a THRESHOLD element has a threshold", "只有达标计分（THRESHOLD）的要素才有达标比例"),
            new Words("only a TIER element has levels", "只有分等级计分（TIER）的要素才有等级"),
            new Words("only a COUNT element has parts", "只有按次计分（COUNT）的要素才有分项"),
            new Words("an ASSESS maximum must be a multiple of 0.5, not (\\S+)", "评定类（ASSESS）要素的最高分须为 0.5 的倍数，而不是 $1"),
            new Words("a FULL_MINUS element needs at least one penalty", "FULL_MINUS 类要素至少要有一项扣分"),
            new Words("an element with parts needs at least two", "分项计数的要素至少要有两个分项"),
            new Words("the parts' maxima add up to (\\S+) but the element's max is (\\S+)", "各分项最高分合计 $1，但要素最高分为 $2"),
            new Words("dated parts must be exactly one half: first and one half: second", "按半年的分项须恰好一个 half: first、一个 half: second"),
            new Words("a TIER element needs at least one level", "TIER 类要素至少要有一个等级"),
            new Words("no such code \\((.*)\\)", "没有这个代码（可用：$1）"),
            new Words("needs a name for (.*)", "须为 $1 填写名称"),
            new Words("needs at least one level with its points", "至少要有一个等级及其分值"),
            new Words("unknown kind (\\S+) \\(expected one of \\[(.*)\\]\\)", "未知的要素类型 $1（应为 $2 之一）"),
            new Words("unknown field \\(expected one of (.*)\\)", "未知的字段（应为 $1 之一）"),
            new Words("must be a string", "须为文本"),
            new Words("must be a number, not (.*)", "须为数字，而不是 $1"),
            new Words("must be a whole number, not (.*)", "须为整数，而不是 $1"),
            new Words("must be a list", "须为列表"),
            new Words("must be an object", "须为映射（键: 值）"),
            new Words("missing", "缺少此项"));

    private ProblemWords() {
    }

    private record Words(Pattern english, String chinese) {
        Words(String english, String chinese) {
            this(Pattern.compile(english, Pattern.DOTALL), chinese);
        }
    }

    /** The reason in Chinese, or the loader's own words marked （加载器原文） when this table does not know it. */
    public static String chinese(String reason) {
        Matcher duplicate = DUPLICATE.matcher(reason);
        if (duplicate.matches()) {
            return "重复的" + NOUNS.get(duplicate.group(1)) + " " + duplicate.group(2);
        }
        for (Words words : WORDS) {
            Matcher matcher = words.english().matcher(reason);
            if (matcher.matches()) {
                return matcher.replaceFirst(words.chinese());
            }
        }
        return "（加载器原文）" + reason;
    }
}
