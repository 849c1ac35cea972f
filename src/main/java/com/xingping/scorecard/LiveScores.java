package com.xingping.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.xingping.rubric.Rubric;
import com.xingping.scorecard.LiveYear.Standing;
import com.xingping.scoring.OfficialConduct;
import com.xingping.scoring.ScoringEngine;
import com.xingping.scoring.UnitFacts;
import com.xingping.scoring.YearResult;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * Scores a year as it stands: the year's units (every active unit, and every unit rated in that
 * year's 行风评议 whatever its state today, so that deactivating a unit mid-year changes neither the
 * mean nor anyone's place) from their stored standings, ranked among themselves by the engine. The scored year is kept in memory until the year's
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
    private final OfficialStandings officialStandings;
    private final Map<Long, Scored> scored = new ConcurrentHashMap<>();

    LiveScores(UnitRegistry units, AwaitingReview awaitingReview, YearRegistry years, StandingRows rows, StandingsRebuild rebuild,
               UnitAssembly assembly, OfficialStandings officialStandings) {
        this.officialStandings = officialStandings;
        this.units = units;
        this.awaitingReview = awaitingReview;
        this.years = years;
        this.rows = rows;
        this.rebuild = rebuild;
        this.assembly = assembly;
    }

    /** The year's units scored from their standings at one generation of the year. */
    record Scored(long generation, List<Standing> units, OfficialConduct official, YearResult result) {
    }

    /**
     * The year's units, plus {@code alsoScore} when it is not one of them (a deactivated unit not rated
     * in 行风评议: its card is still shown; it is not rated, so the 行风评议 pool is everyone's).
     * Records awaiting review are counted for {@code alsoScore} only when it is given, else for every unit.
     */
    LiveYear of(AssessmentYear year, Unit alsoScore) {
        Rubric rubric = years.rubricOf(year);
        Scored scoredYear = ofYear(year, rubric);
        List<Standing> standings = scoredYear.units();
        YearResult result = scoredYear.result();
        if (alsoScore != null && standings.stream().noneMatch(s -> s.unit().id().equals(alsoScore.id()))) {
            standings = new ArrayList<>(standings);
            Map<Long, String> stored = rows.facts(year.id(), alsoScore.id()).map(f -> Map.of(alsoScore.id(), f)).orElse(Map.of());
            standings.add(new Standing(alsoScore, facts(rubric, year, List.of(alsoScore), stored).get(0)));
            result = new ScoringEngine(rubric).score(standings.stream().map(Standing::facts).toList(), scoredYear.official());
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

    /** The year's units scored at the year's current generation: from the cache while the generation stands. */
    Scored ofYear(AssessmentYear year, Rubric rubric) {
        rebuild.ensureBuilt(year.id());
        long generation = rows.generation(year.id()).orElseThrow();
        Scored cached = scored.get(year.id());
        if (cached != null && cached.generation() == generation) {
            return cached;
        }
        Map<Long, String> stored = rows.facts(year.id());
        List<Unit> candidates = units.all().stream().filter(u -> u.active() || stored.containsKey(u.id())).toList();
        List<UnitFacts> facts = facts(rubric, year, candidates, stored);
        List<Standing> standings = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).active() || facts.get(i).performance().rated()) {
                standings.add(new Standing(candidates.get(i), facts.get(i)));
            }
        }
        OfficialConduct official = officialStandings.of(year).map(o -> ratedOnly(o, standings)).orElse(null);
        Scored fresh = new Scored(generation, List.copyOf(standings), official,
                new ScoringEngine(rubric).score(standings.stream().map(Standing::facts).toList(), official));
        scored.put(year.id(), fresh);
        return fresh;
    }

    /**
     * The official standings with only the listed units that are rated here: the engine vetoes no unit
     * that is not rated anyway, and a scoring document names only units it scores.
     */
    private static OfficialConduct ratedOnly(OfficialConduct official, List<Standing> standings) {
        Set<String> rated = standings.stream().filter(s -> s.facts().performance().rated())
                .map(s -> s.facts().id()).collect(Collectors.toSet());
        return new OfficialConduct(official.mean(),
                official.bottom().stream().filter(rated::contains).collect(Collectors.toSet()));
    }

    /**
     * The units' stored facts, in their order. A unit without a standing (written into the tables by
     * hand) is assembled from its rows for this view; {@code rescore} stores it.
     */
    private List<UnitFacts> facts(Rubric rubric, AssessmentYear year, List<Unit> wanted, Map<Long, String> stored) {
        List<String> texts = wanted.stream().map(unit -> {
            String text = stored.get(unit.id());
            return text != null ? text : StandingsRebuild.row(rubric, year, assembly.of(rubric, year, unit)).facts();
        }).toList();
        return FactsText.read(rubric, year.year(), texts);
    }
}
