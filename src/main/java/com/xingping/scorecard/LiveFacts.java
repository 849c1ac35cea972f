package com.xingping.scorecard;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.kernel.NotFound;
import com.xingping.kernel.Refusal;
import com.xingping.rubric.Element;
import com.xingping.rubric.Rubric;
import com.xingping.scorecard.LiveScores.Scored;
import com.xingping.scorecard.LiveYear.Standing;
import com.xingping.scoring.InvalidDocumentException;
import com.xingping.scoring.OfficialConduct;
import com.xingping.scoring.ScoringInput;
import com.xingping.scoring.UnitFacts;
import com.xingping.scoring.YearResult;
import com.xingping.unit.Unit;
import com.xingping.unit.UnitRegistry;
import com.xingping.year.AssessmentYear;
import com.xingping.year.YearRegistry;

/**
 * The year as it stands, for the features built on the scorecards (results, dashboard, publishing):
 * the year's units scored from their standings once per change (the scored year is cached by the
 * year's generation), the approved records behind one unit's or every unit's elements, and the
 * records awaiting review.
 */
@Component
public class LiveFacts {
    private final UnitAssembly assembly;
    private final LiveScores scores;
    private final StandingRows rows;
    private final UnitRegistry units;
    private final YearRegistry years;

    LiveFacts(UnitAssembly assembly, LiveScores scores, StandingRows rows, UnitRegistry units, YearRegistry years) {
        this.assembly = assembly;
        this.scores = scores;
        this.rows = rows;
        this.units = units;
        this.years = years;
    }

    /**
     * The year's units at one generation of the year (the active ones and any rated in its 行风评议):
     * each unit, the facts its standing holds (the engine's id for it is the unit's id), in the same
     * order, the engine's result, and the committee's official 行风评议 standings it was scored under
     * (null: computed from the units' scores).
     */
    public record ScoredYear(AssessmentYear year, Rubric rubric, long generation, List<Unit> units,
                             List<UnitFacts> facts, YearResult result, OfficialConduct conduct) {
        public ScoredYear {
            units = List.copyOf(units);
            facts = List.copyOf(facts);
        }

        /** The year as a scoring document's input: what the engine scored, the official standings included. */
        public ScoringInput input() {
            return new ScoringInput(rubric, year.year(), conduct, facts);
        }
    }

    /**
     * The year scored as it stands; the same object while nothing changes. Standings the scoring
     * reader refuses (say, a year whose rubric is of another year) are refused whole, one line per problem.
     */
    public ScoredYear scored(AssessmentYear year) {
        Rubric rubric = years.rubricOf(year);
        Scored scored;
        try {
            scored = scores.ofYear(year, rubric);
        } catch (InvalidDocumentException e) {
            throw new Refusal("facts", "本年度的计分数据有误，不能计分：" + String.join("；", e.problems()));
        }
        return new ScoredYear(year, rubric, scored.generation(), scored.units().stream().map(Standing::unit).toList(),
                scored.units().stream().map(Standing::facts).toList(), scored.result(), scored.official());
    }

    /** The year scored as it stands and the approved records behind each element of every unit, by unit id. */
    public record WithRecords(ScoredYear scored, Map<Long, Map<String, List<BackingRecord>>> records) {
    }

    /**
     * The year scored as it stands and the records behind it, read so that they agree without holding
     * back the year's writers: the year's rows are read once, and if a change of the year's facts
     * committed meanwhile (its generation moved) they are read again; refused after three tries.
     */
    @Transactional(readOnly = true)
    public WithRecords withRecords(AssessmentYear year) {
        for (int attempt = 0; attempt < 3; attempt++) {
            ScoredYear scored = scored(year);
            Map<Long, Map<String, List<BackingRecord>>> byUnit = new LinkedHashMap<>();
            assembly.ofYear(scored.rubric(), year, scored.units())
                    .forEach(a -> byUnit.put(a.unit().id(), records(scored.rubric(), a.backing())));
            if (rows.generation(year.id()).orElseThrow() == scored.generation()) {
                return new WithRecords(scored, byUnit);
            }
        }
        throw new OptimisticLockingFailureException(year.year() + " 年度的数据正在频繁变动，请稍后再试");
    }

    /** The approved records behind each of one unit's elements, read from that unit's rows only. */
    @Transactional(readOnly = true)
    public Map<String, List<BackingRecord>> records(AssessmentYear year, Rubric rubric, Long unitId) {
        Unit unit = units.find(unitId).orElseThrow(() -> new NotFound("单位 " + unitId));
        return records(rubric, assembly.of(rubric, year, unit).backing());
    }

    /** Records awaiting review per unit (a unit with none is left out). */
    @Transactional(readOnly = true)
    public Map<Long, Long> awaitingReview(AssessmentYear year) {
        return scores.awaitingReview(year);
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
