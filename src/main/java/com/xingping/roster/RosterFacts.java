package com.xingping.roster;

import static java.util.stream.Collectors.groupingBy;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.xingping.scorecard.Backing;
import com.xingping.scorecard.FactSource;
import com.xingping.scoring.Member;
import com.xingping.scoring.Role;
import com.xingping.scoring.UnitFacts;

/**
 * The roster as the engine reads it for RATIO (study-2c): every member of the unit for the year
 * with their role and study hours. A unit with nobody on its roster has no roster at all (null), so
 * its explanation says that no roster was submitted. Members are taken in the order entered, so the
 * facts read the same however the rows were queried.
 */
final class RosterFacts implements FactSource.Facts {
    private final Map<Long, List<RosterMember>> byUnit;

    RosterFacts(Long yearId, List<RosterMember> members) {
        this.byUnit = members.stream().filter(m -> yearId.equals(m.yearId()))
                .sorted(Comparator.comparing(RosterMember::id, Comparator.nullsFirst(Comparator.naturalOrder())))
                .collect(groupingBy(RosterMember::unitId));
    }

    @Override
    public void addTo(Long unitId, UnitFacts.Builder facts, Backing backing) {
        for (RosterMember member : byUnit.getOrDefault(unitId, List.of())) {
            facts.member(new Member(Role.valueOf(member.role().name()), member.studyHours()));
        }
    }
}
