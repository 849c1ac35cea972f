package com.xingping.kernel;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Personal data as shown to those who do not need it (等保 个人信息保护): a name masked to its
 * surname and last character, one * per hidden character — 张三丰 → 张*丰, 张三 → 张*, 欧阳娜娜 →
 * 欧阳*娜; names in parts (阿卜杜·热合曼, John Smith) keep each part's first character.
 */
public final class PersonalData {
    private static final Pattern PARTS = Pattern.compile("(?<=[\\s·•.．])|(?=[\\s·•.．])");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    /** Two-character surnames: 欧阳娜娜 keeps 欧阳, not just 欧. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "司空", "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "轩辕", "呼延",
            "申屠", "澹台", "公冶", "太史", "万俟", "闻人", "赫连", "拓跋", "钟离", "百里", "东郭", "左丘", "第五");

    private PersonalData() {
    }

    /** The name masked; null and blank stay as they are. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String strip = name.strip();
        if (HAN.matcher(strip).matches()) {
            return han(strip);
        }
        return PARTS.splitAsStream(strip).map(PersonalData::part).collect(Collectors.joining());
    }

    /** Surname kept, the given name hidden but for its last character when it has two or more. */
    private static String han(String name) {
        int length = name.codePointCount(0, name.length());
        int surname = length > 2 && COMPOUND_SURNAMES.contains(name.substring(0, name.offsetByCodePoints(0, 2))) ? 2 : 1;
        if (length == 1) {
            return "*";
        }
        int given = length - surname;
        int kept = given >= 2 ? 1 : 0;
        int lastStart = name.offsetByCodePoints(0, length - kept);
        return name.substring(0, name.offsetByCodePoints(0, surname)) + "*".repeat(given - kept) + name.substring(lastStart);
    }

    /** A word keeps its first character; separators and one-character words (an initial) stay. */
    private static String part(String word) {
        int length = word.codePointCount(0, word.length());
        if (length <= 1) {
            return word;
        }
        return word.substring(0, word.offsetByCodePoints(0, 1)) + "*".repeat(length - 1);
    }
}
