package com.xingping.roster;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * What a roster entry must satisfy, shared by the member form and the Excel import. Each check
 * answers null when the value is fine, or a reason meant to follow the column's name
 * ("学时" + "不能为负数").
 */
final class MemberRules {
    static final String NAME = "姓名";
    static final String ROLE = "身份";
    static final String HOURS = "学时";
    static final int NAME_MAX = 100;
    /** The column is numeric(7, 2). */
    static final BigDecimal HOURS_MAX = new BigDecimal("99999.99");

    private static final Map<String, MemberRole> ROLE_WORDS = Map.of(
            "班子成员", MemberRole.LEADERSHIP,
            "领导班子成员", MemberRole.LEADERSHIP,
            "党组织领导班子成员", MemberRole.LEADERSHIP,
            "leadership", MemberRole.LEADERSHIP,
            "普通党员", MemberRole.ORDINARY,
            "ordinary", MemberRole.ORDINARY);

    private MemberRules() {
    }

    static String nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "不能为空";
        }
        if (name.strip().length() > NAME_MAX) {
            return "不能超过 " + NAME_MAX + " 字";
        }
        return null;
    }

    /** The role a worker may write: 班子成员 or 普通党员 (the enum names are accepted too); null when unknown. */
    static MemberRole role(String text) {
        return text == null ? null : ROLE_WORDS.get(text.strip().toLowerCase(Locale.ROOT));
    }

    static String roleProblem(String text) {
        if (text == null || text.isBlank()) {
            return "不能为空，须为“班子成员”或“普通党员”";
        }
        return role(text) == null ? "须为“班子成员”或“普通党员”，不是“" + text.strip() + "”" : null;
    }

    /** The number written, or null when it is not one. */
    static BigDecimal parseHours(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String hoursProblem(BigDecimal hours) {
        if (hours == null) {
            return "不能为空";
        }
        if (hours.signum() < 0) {
            return "不能为负数";
        }
        if (hours.compareTo(HOURS_MAX) > 0) {
            return "不能超过 " + HOURS_MAX.toPlainString();
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            return "最多两位小数";
        }
        return null;
    }
}
