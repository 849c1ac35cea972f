package com.xingping.roster;

import java.util.List;

import org.springframework.context.ApplicationContext;

/** The roster table as other modules' tests write and read it straight, past the roster's own rules. */
public final class RosterRows {
    private final Roster roster;

    public RosterRows(ApplicationContext context) {
        this.roster = context.getBean(Roster.class);
    }

    public RosterMember save(RosterMember member) {
        return roster.save(member);
    }

    public List<RosterMember> saveAll(List<RosterMember> members) {
        return roster.saveAll(members);
    }

    public void delete(RosterMember member) {
        roster.delete(member);
    }

    public void deleteAll(List<RosterMember> members) {
        roster.deleteAll(members);
    }

    public List<RosterMember> findByUnitIdAndYearIdOrderByIdAsc(Long unitId, Long yearId) {
        return roster.findByUnitIdAndYearIdOrderByIdAsc(unitId, yearId);
    }
}
