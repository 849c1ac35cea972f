package com.xingping.scorecard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.xingping.rubric.Element;
import com.xingping.rubric.Rubric;
import com.xingping.scoring.UnitFacts;
import com.xingping.unit.Unit;
import com.xingping.year.AssessmentYear;

/**
 * The year's facts as they stand, for the features built on the scorecards (results, dashboard):
 * every active unit's engine facts (whatever the assembler's sources give) and the approved
 * records behind each element, plus each unit's records awaiting review.
 */
@Component
public class LiveFacts {
    private final LiveScores scores;

    LiveFacts(LiveScores scores) {
        this.scores = scores;
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

    public YearFacts of(AssessmentYear year) {
        LiveYear live = scores.of(year, null);
        List<UnitEntry> units = live.units().stream()
                .map(a -> new UnitEntry(a.unit(), a.facts(), records(live.rubric(), a.backing()))).toList();
        return new YearFacts(live.year(), live.rubric(), units, live.awaitingReview());
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
