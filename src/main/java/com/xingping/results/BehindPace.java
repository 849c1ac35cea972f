package com.xingping.results;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.xingping.year.AssessmentYear;

/** The units behind the pace on a day (as the dashboard shows them, {@link Pace}), for reminders. */
@Service
public class BehindPace {
    private final Editions editions;

    BehindPace(Editions editions) {
        this.editions = editions;
    }

    /** A unit behind, and the stars it lags on (by name). */
    public record Unit(Long unitId, String name, List<String> stars) {
        public Unit {
            stars = List.copyOf(stars);
        }
    }

    @Transactional(readOnly = true)
    public List<Unit> of(AssessmentYear year, LocalDate today) {
        Edition draft = editions.draft(year);
        Pace pace = Pace.of(ResultTable.of(draft.standings(), draft.rubric()), year.windowStart(), year.windowEnd(), today);
        return pace.units().stream()
                .map(b -> new Unit(b.unitId(), b.name(), b.lags().stream().map(Pace.Lag::starName).toList())).toList();
    }
}
