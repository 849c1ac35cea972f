package com.xingping.roster;

import java.math.BigDecimal;

import com.xingping.kernel.Refusal;

/** A roster member as entered: name, role, study hours; {@code version} is the one the editor read (null when adding). */
public record MemberForm(String name, MemberRole role, BigDecimal studyHours, Integer version) {

    /** From a page's text fields, refusing hours that are not a number. */
    static MemberForm fromPage(String name, String role, String studyHours, Integer version) {
        BigDecimal hours = null;
        if (studyHours != null && !studyHours.isBlank()) {
            hours = MemberRules.parseHours(studyHours);
            if (hours == null) {
                throw new Refusal("studyHours", MemberRules.HOURS + "须为数字，不是“" + studyHours.strip() + "”");
            }
        }
        return new MemberForm(name, MemberRules.role(role), hours, version);
    }

    /** The same form, stripped, once every field is valid; otherwise the first problem, naming its field. */
    MemberForm validated() {
        String nameProblem = MemberRules.nameProblem(name);
        if (nameProblem != null) {
            throw new Refusal("name", MemberRules.NAME + nameProblem);
        }
        if (role == null) {
            throw new Refusal("role", "请选择身份：班子成员或普通党员");
        }
        String hoursProblem = MemberRules.hoursProblem(studyHours);
        if (hoursProblem != null) {
            throw new Refusal("studyHours", MemberRules.HOURS + hoursProblem);
        }
        return new MemberForm(name.strip(), role, studyHours, version);
    }
}
