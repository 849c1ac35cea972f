package com.xingping.scorecard;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.facts.CommitteeFacts;
import com.xingping.reporting.RecordState;
import com.xingping.reporting.Records;
import com.xingping.roster.Roster;
import com.xingping.rubric.Rubric;
import com.xingping.scorecard.FactsAssembler.Assembled;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.YearResult;
import com.xingping.unit.Unit;
import com.xingping.unit.Units;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * Scores a year as it stands: every active unit (and any other asked for) from the year's approved
 * records, rosters and the committee's facts, ranked among themselves by the engine.
 */
@Component
class LiveScores {
    private final Units units;
    private final Records records;
    private final Roster roster;
    private final YearRegistry years;
    private final CommitteeFacts committee;

    LiveScores(Units units, Records records, Roster roster, YearRegistry years, CommitteeFacts committee) {
        this.units = units;
        this.records = records;
        this.roster = roster;
        this.years = years;
        this.committee = committee;
    }

    /** The active units, plus {@code alsoScore} when it is not active (its card is still shown). */
    @Transactional(readOnly = true)
    LiveYear of(AssessmentYear year, Unit alsoScore) {
        List<Unit> scored = new ArrayList<>(units.findByActiveTrueOrderByCodeAsc());
        if (alsoScore != null && scored.stream().noneMatch(u -> u.id().equals(alsoScore.id()))) {
            scored.add(alsoScore);
        }
        Rubric rubric = years.rubricOf(year);
        var all = records.findByYearId(year.id());
        FactsAssembler assembler = FactsAssembler.of(rubric, year, all, roster.findByYearId(year.id()),
                committee.findByYearIdOrderByIdAsc(year.id()));
        List<Assembled> assembled = scored.stream().map(assembler::assemble).toList();
        YearResult result = new ScoringEngine(rubric).score(assembled.stream().map(Assembled::facts).toList());
        var awaiting = all.stream().filter(r -> r.state() == RecordState.SUBMITTED)
                .collect(groupingBy(r -> r.unitId(), counting()));
        return new LiveYear(year, rubric, assembled, result, awaiting);
    }
}
