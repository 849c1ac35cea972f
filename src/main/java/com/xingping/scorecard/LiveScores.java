package com.xingping.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.xingping.rubric.Rubric;
import com.xingping.scorecard.LiveYear.Standing;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.UnitFacts;
import com.xingping.scoring.YearResult;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * Scores a year as it stands: every active unit (and any other asked for) from its stored standing,
 * ranked among themselves by the engine. The scored year is kept in memory until the year's
 * generation in the database moves, so it is scored once per change, not once per view, and an
 * instance sees the changes another one made.
 */
@Component
class LiveScores {
    private final UnitRegistry units;
    private final AwaitingReview awaitingReview;
    private final YearRegistry years;
    private final StandingRows rows;
    private final StandingsRebuild rebuild;
    private final UnitAssembly assembly;
    private final Map<Long, Scored> scored = new ConcurrentHashMap<>();

    LiveScores(UnitRegistry units, AwaitingReview awaitingReview, YearRegistry years, StandingRows rows, StandingsRebuild rebuild,
               UnitAssembly assembly) {
        this.units = units;
        this.awaitingReview = awaitingReview;
        this.years = years;
        this.rows = rows;
        this.rebuild = rebuild;
        this.assembly = assembly;
    }

    /** The active units scored from their standings at one generation of the year. */
    record Scored(long generation, List<Standing> units, YearResult result) {
    }

    /**
     * The active units, plus {@code alsoScore} when it is not active (its card is still shown).
     * Records awaiting review are counted for {@code alsoScore} only when it is given, else for every unit.
     */
    LiveYear of(AssessmentYear year, Unit alsoScore) {
        Rubric rubric = years.rubricOf(year);
        Scored active = active(year, rubric);
        List<Standing> standings = active.units();
        YearResult result = active.result();
        if (alsoScore != null && standings.stream().noneMatch(s -> s.unit().id().equals(alsoScore.id()))) {
            standings = new ArrayList<>(standings);
            standings.add(new Standing(alsoScore, facts(rubric, year, List.of(alsoScore)).get(0)));
            result = new ScoringEngine(rubric).score(standings.stream().map(Standing::facts).toList());
        }
        Map<Long, Long> awaiting = alsoScore != null
                ? Map.of(alsoScore.id(), awaitingReview.ofUnit(year.id(), alsoScore.id()))
                : awaitingReview(year);
        return new LiveYear(year, rubric, standings, result, awaiting);
    }

    /** The records behind each of the unit's facts, read from that unit's rows only. */
    Backing backing(LiveYear live, Unit unit) {
        return assembly.of(live.rubric(), live.year(), unit).backing();
    }

    /** Records awaiting review per unit, counted by the database. */
    Map<Long, Long> awaitingReview(AssessmentYear year) {
        return awaitingReview.byUnit(year.id());
    }

    /** The active units scored at the year's current generation: from the cache while the generation stands. */
    Scored active(AssessmentYear year, Rubric rubric) {
        rebuild.ensureBuilt(year.id());
        long generation = rows.generation(year.id()).orElseThrow();
        Scored cached = scored.get(year.id());
        if (cached != null && cached.generation() == generation) {
            return cached;
        }
        List<Unit> active = units.active();
        List<UnitFacts> facts = facts(rubric, year, active);
        List<Standing> standings = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            standings.add(new Standing(active.get(i), facts.get(i)));
        }
        Scored fresh = new Scored(generation, List.copyOf(standings), new ScoringEngine(rubric).score(facts));
        scored.put(year.id(), fresh);
        return fresh;
    }

    /**
     * The units' stored facts, in their order. A unit without a standing (written into the tables by
     * hand) is assembled from its rows for this view; {@code rescore} stores it.
     */
    private List<UnitFacts> facts(Rubric rubric, AssessmentYear year, List<Unit> wanted) {
        Map<Long, String> stored = wanted.size() == 1
                ? rows.facts(year.id(), wanted.get(0).id()).map(f -> Map.of(wanted.get(0).id(), f)).orElse(Map.of())
                : rows.facts(year.id());
        List<String> texts = wanted.stream().map(unit -> {
            String text = stored.get(unit.id());
            return text != null ? text : StandingsRebuild.row(rubric, year, assembly.of(rubric, year, unit)).facts();
        }).toList();
        return FactsText.read(rubric, year.year(), texts);
    }
}
