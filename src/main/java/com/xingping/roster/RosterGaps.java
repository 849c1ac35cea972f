package com.xingping.roster;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearWork;

/** Active units with no roster for the year: listed before the year closes (their 学习星 lacks its members). */
@Component
class RosterGaps implements YearWork {
    private static final int LINES = 20;
    private final Roster roster;
    private final UnitRegistry units;

    RosterGaps(Roster roster, UnitRegistry units) {
        this.roster = roster;
        this.units = units;
    }

    @Override
    public List<OpenWork> open(AssessmentYear year) {
        Set<Long> withMembers = new HashSet<>(roster.unitsWithMembers(year.id()));
        List<Unit> without = units.active().stream().filter(u -> !withMembers.contains(u.id())).toList();
        return without.isEmpty() ? List.of()
                : List.of(new OpenWork("rosters", "没有党员名册的单位", without.size(), false,
                        without.stream().limit(LINES).map(Unit::name).toList()));
    }
}
