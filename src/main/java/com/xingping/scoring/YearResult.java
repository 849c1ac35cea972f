package com.xingping.scoring;

import java.util.List;
import java.util.Optional;

/** Every unit's scorecard for one assessment year, in the order the units were given. */
public record YearResult(String rubricId, int year, List<UnitResult> units) {
    public YearResult {
        units = List.copyOf(units);
    }

    public Optional<UnitResult> unit(String unitId) {
        return units.stream().filter(u -> u.id().equals(unitId)).findFirst();
    }
}
