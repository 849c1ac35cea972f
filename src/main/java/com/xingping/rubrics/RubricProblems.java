package com.xingping.rubrics;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricException;
import com.xingping.rubric.RubricLoader;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Every problem the rubric loader finds in a text, each with the field it names, the line of the text
 * that field is on, and the reason in Chinese.
 */
final class RubricProblems {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final Pattern PLACED = Pattern.compile("([A-Za-z][\\w.\\[\\]-]*): (.*)", Pattern.DOTALL);
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[([^\\]]*)]");
    private static final Pattern UNREADABLE = Pattern.compile("line (\\d+): not readable YAML: (.*)", Pattern.DOTALL);
    private static final Map<String, String> NOUNS = Map.of("part", "分项", "level", "等级", "penalty", "扣分项", "id", "编号");
    private static final List<Words> WORDS = List.of(
            new Words("not readable YAML: (.*)", "不是可读的 YAML（语法错误，见所标行附近）"),
            new Words("a rubric file must be a YAML mapping", "细则须为 YAML 映射（键: 值）"),
            new Words("a rubric needs at least one star", "细则至少要有一颗星"),
            new Words("is (\\S+) but the stars add up to (\\S+)", "为 $1，但各星分值合计 $2"),
            new Words("is (\\S+) but its criteria add up to (\\S+)", "为 $1，但其各项标准分值合计 $2"),
            new Words("is (\\S+) but its elements' maxima add up to (\\S+)", "为 $1，但其各要素最高分合计 $2"),
            new Words("must be a month and day as MM-DD, not (.*)", "须为 MM-DD 形式的月日，而不是 $1"),
            new Words("must be a share in \\(0, 1\\], not (.*)", "须为 (0, 1] 之间的比例，而不是 $1"),
            new Words("must be a rate in \\(0, 1\\]", "须为 (0, 1] 之间的比率"),
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
            new Words("only a (\\w+) element has (.*)", "只有 $1 类要素才有此项"),
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

    private RubricProblems() {
    }

    /** One problem: the field it names (empty for the whole text), its line (0 when unknown) and the reason. */
    record Problem(String field, int line, String reason) {
    }

    private record Words(Pattern english, String chinese) {
        Words(String english, String chinese) {
            this(Pattern.compile(english, Pattern.DOTALL), chinese);
        }
    }

    /** The text's problems; empty when the loader takes it. */
    static List<Problem> of(String text) {
        try {
            RubricLoader.parse(text, "draft");
            return List.of();
        } catch (RubricException e) {
            Read read = read(text);
            return e.problems().stream().map(line -> problem(line, read)).toList();
        }
    }

    /** The rubric the text is, or null when it has a problem. */
    static Rubric rubricOrNull(String text) {
        try {
            return RubricLoader.parse(text, "draft");
        } catch (RubricException e) {
            return null;
        }
    }

    private static Problem problem(String line, Read read) {
        Matcher unreadable = UNREADABLE.matcher(line);
        if (unreadable.matches()) {
            return new Problem("", Integer.parseInt(unreadable.group(1)), chinese("not readable YAML: " + unreadable.group(2)));
        }
        Matcher placed = PLACED.matcher(line);
        if (placed.matches()) {
            String field = placed.group(1);
            return new Problem(field, lineOf(field, read), chinese(placed.group(2)));
        }
        return new Problem("", 0, chinese(line));
    }

    static String chinese(String reason) {
        Matcher duplicate = Pattern.compile("duplicate (part|level|penalty|id) (.*)").matcher(reason);
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

    /**
     * The line of the field, or of the nearest enclosing one the text has. The loader names a list item
     * by its {@code id} where it has one ({@code stars[study].criteria[study-1]}), else by its index.
     */
    private static int lineOf(String field, Read read) {
        String pointer = "";
        int line = 0;
        Matcher segment = SEGMENT.matcher(field);
        while (segment.find()) {
            String next = segment.group(1) != null ? pointer + "/" + segment.group(1) : item(pointer, segment.group(2), read);
            Integer found = next == null ? null : read.lines().get(next);
            if (found == null) {
                return line;
            }
            pointer = next;
            line = found;
        }
        return line;
    }

    private static String item(String list, String key, Read read) {
        if (key.chars().allMatch(Character::isDigit)) {
            return list + "/" + key;
        }
        for (int i = 0; read.lines().containsKey(list + "/" + i); i++) {
            if (key.equals(read.values().get(list + "/" + i + "/id"))) {
                return list + "/" + i;
            }
        }
        return null;
    }

    /** Each path of the text (as a JSON pointer), the line it starts on, and the scalars' text. */
    private record Read(Map<String, Integer> lines, Map<String, String> values) {
    }

    private static Read read(String text) {
        Map<String, Integer> lines = new HashMap<>();
        Map<String, String> values = new HashMap<>();
        try (JsonParser parser = YAML.createParser(ObjectReadContext.empty(),
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                String pointer = parser.streamReadContext().pathAsPointer().toString();
                lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
                if (token.isScalarValue()) {
                    values.putIfAbsent(pointer, parser.getString());
                }
            }
        } catch (JacksonException e) {
            // the lines read so far are all a broken text has
        }
        return new Read(lines, values);
    }
}
