package com.xingping.scorecard;

import java.util.List;

import org.springframework.stereotype.Component;

import com.xingping.facts.CommitteeFacts;
import com.xingping.reporting.RecordState;
import com.xingping.reporting.Records;
import com.xingping.roster.Roster;
import com.xingping.rubric.Rubric;
import com.xingping.scorecard.FactsAssembler.Assembled;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * Reads what the assembler needs from the database: for one unit only that unit's rows of the year
 * (its approved records, its roster, its committee facts), or the whole year's at once for a rebuild.
 */
@Component
class UnitAssembly {
    private final Records records;
    private final Roster roster;
    private final CommitteeFacts committee;

    UnitAssembly(Records records, Roster roster, CommitteeFacts committee) {
        this.records = records;
        this.roster = roster;
        this.committee = committee;
    }

    Assembled of(Rubric rubric, AssessmentYear year, Unit unit) {
        return FactsAssembler.of(rubric, year,
                records.findByUnitIdAndYearIdAndState(unit.id(), year.id(), RecordState.APPROVED),
                roster.findByUnitIdAndYearIdOrderByIdAsc(unit.id(), year.id()),
                committee.findByUnitIdAndYearIdOrderByIdAsc(unit.id(), year.id())).assemble(unit);
    }

    /** Every one of the units from the year's rows, read once. */
    List<Assembled> ofYear(Rubric rubric, AssessmentYear year, List<Unit> units) {
        FactsAssembler assembler = FactsAssembler.of(rubric, year,
                records.findByYearIdAndState(year.id(), RecordState.APPROVED), roster.findByYearId(year.id()),
                committee.findByYearIdOrderByIdAsc(year.id()));
        return units.stream().map(assembler::assemble).toList();
    }
}
