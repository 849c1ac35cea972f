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
            return new MemberView(m.id(), m.name(), m.role(), m.role().label(), m.studyHours(), required,
                    m.studyHours().compareTo(required) >= 0, m.version());
        }).toList();
        int met = (int) views.stream().filter(MemberView::meetsRequirement).count();
        return new RosterView(unit.id(), unit.code(), unit.name(), year.id(), year.year(), year.isOpen(), writable,
                policy.leadershipHours(), policy.ordinaryHours(), met, views);
    }
}
