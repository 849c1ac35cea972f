package com.xingping.roster;

import java.math.BigDecimal;
import java.util.List;

import com.xingping.rubric.Policy;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * A unit's roster for one year as pages and the API show it: every member with whether they meet
 * the study hours the year's rubric requires, and whether the one asking may change it.
 */
public record RosterView(Long unitId, String unitCode, String unitName, Long yearId, int year, boolean yearOpen,
                         boolean writable, BigDecimal leadershipHours, BigDecimal ordinaryHours, int met,
                         List<MemberView> members) {

    public RosterView {
        members = List.copyOf(members);
    }

    public record MemberView(Long id, String name, MemberRole role, String roleLabel, BigDecimal studyHours,
                             BigDecimal requiredHours, boolean meetsRequirement, Integer version) {
    }

    static RosterView of(Unit unit, AssessmentYear year, Policy policy, boolean writable, List<RosterMember> members) {
        List<MemberView> views = members.stream().map(m -> {
            BigDecimal required = m.role() == MemberRole.LEADERSHIP ? policy.leadershipHours() : policy.ordinaryHours();
            return new MemberView(m.id(), m.name(), m.role(), m.role().label(), plain(m.studyHours()), plain(required),
                    m.studyHours().compareTo(required) >= 0, m.version());
        }).toList();
        int met = (int) views.stream().filter(MemberView::meetsRequirement).count();
        return new RosterView(unit.id(), unit.code(), unit.name(), year.id(), year.year(), year.isOpen(), writable,
                plain(policy.leadershipHours()), plain(policy.ordinaryHours()), met, views);
    }

    /** Hours as written: 24.50 from the database reads 24.5, 40 stays 40 (never 4E+1). */
    static BigDecimal plain(BigDecimal hours) {
        BigDecimal stripped = hours.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
