package com.xingping.scorecard;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.xingping.rubric.Rubric;
import com.xingping.scorecard.FactsAssembler.Assembled;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.unit.YearFlags;
import com.xingping.year.AssessmentYear;

/**
 * Reads what the assembler needs from every {@link FactSource} and the units' flags for the year:
 * for one unit only that unit's rows of the year (its approved records, its roster, its committee facts), or the whole year's at once
 * for a rebuild.
 */
@Component
class UnitAssembly {
    private final List<FactSource> sources;
    private final UnitRegistry units;

    UnitAssembly(List<FactSource> sources, UnitRegistry units) {
        this.sources = List.copyOf(sources);
        this.units = units;
    }

    Assembled of(Rubric rubric, AssessmentYear year, Unit unit) {
        return new FactsAssembler(sources.stream().map(s -> s.ofUnit(rubric, year, unit.id())).toList())
                .assemble(unit, units.flags(year.id(), unit));
    }

    /** Every one of the units from the year's rows, read once. */
    List<Assembled> ofYear(Rubric rubric, AssessmentYear year, List<Unit> wanted) {
        FactsAssembler assembler = new FactsAssembler(sources.stream().map(s -> s.ofYear(rubric, year)).toList());
        Map<Long, YearFlags> flags = units.flagsOfYear(year.id());
        return wanted.stream().map(unit -> assembler.assemble(unit,
                flags.getOrDefault(unit.id(), units.flags(year.id(), unit)))).toList();
    }

    /** The unit's year whose facts a saved or deleted row changes, if it is a row some source reads. */
    Optional<FactSource.UnitYear> changedBy(Object row) {
        return sources.stream().map(s -> s.changedBy(row)).flatMap(Optional::stream).findFirst();
    }
}
