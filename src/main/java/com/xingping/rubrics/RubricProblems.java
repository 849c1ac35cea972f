package com.xingping.rubrics;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.xingping.rubric.ProblemWords;
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

    private RubricProblems() {
    }

    /** One problem: the field it names (empty for the whole text), its line (0 when unknown) and the reason. */
    record Problem(String field, int line, String reason) {
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
            return new Problem("", Integer.parseInt(unreadable.group(1)), ProblemWords.chinese("not readable YAML: " + unreadable.group(2)));
        }
        Matcher placed = PLACED.matcher(line);
        if (placed.matches()) {
            String field = placed.group(1);
            return new Problem(field, lineOf(field, read), ProblemWords.chinese(placed.group(2)));
        }
        return new Problem("", 0, ProblemWords.chinese(line));
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
