package com.xingping.scorecard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.rubric.Element;
import com.xingping.rubric.Rubric;
import com.xingping.scoring.UnitFacts;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * The year's facts as they stand, for the features built on the scorecards (results, dashboard):
 * every active unit's engine facts (whatever the assembler's sources give) and the approved
 * records behind each element, plus each unit's records awaiting review. Assembled from the year's
 * rows in one read-only transaction, so a publication freezes exactly what the tables say.
 */
@Component
public class LiveFacts {
    private final UnitAssembly assembly;
    private final LiveScores scores;
    private final UnitRegistry units;
    private final YearRegistry years;

    LiveFacts(UnitAssembly assembly, LiveScores scores, UnitRegistry units, YearRegistry years) {
        this.assembly = assembly;
        this.scores = scores;
        this.units = units;
        this.years = years;
    }

    /** One unit: the facts the engine reads (its id is the unit's id) and the records behind each element. */
    public record UnitEntry(Unit unit, UnitFacts facts, Map<String, List<BackingRecord>> records) {
        public UnitEntry {
            records = Map.copyOf(records);
        }
    }

    public record YearFacts(AssessmentYear year, Rubric rubric, List<UnitEntry> units, Map<Long, Long> awaitingReview) {
        public YearFacts {
            units = List.copyOf(units);
            awaitingReview = Map.copyOf(awaitingReview);
        }
    }

    @Transactional(readOnly = true)
    public YearFacts of(AssessmentYear year) {
        Rubric rubric = years.rubricOf(year);
        List<UnitEntry> entries = assembly.ofYear(rubric, year, units.active()).stream()
                .map(a -> new UnitEntry(a.unit(), a.facts(), records(rubric, a.backing()))).toList();
        return new YearFacts(year, rubric, entries, scores.awaitingReview(year));
    }

    private static Map<String, List<BackingRecord>> records(Rubric rubric, Backing backing) {
        Map<String, List<BackingRecord>> records = new HashMap<>();
        for (Element element : rubric.elements()) {
            List<BackingRecord> behind = backing.of(element.id());
            if (!behind.isEmpty()) {
                records.put(element.id(), behind);
            }
        }
        return records;
    }
}
