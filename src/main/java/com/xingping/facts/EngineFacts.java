package com.xingping.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.xingping.scoring.Award;
import com.xingping.scoring.BaselineViolation;
import com.xingping.scoring.BonusFacts;
import com.xingping.scoring.PerformanceFacts;
import com.xingping.scoring.SeriousDeduction;
import com.xingping.scoring.UnitFacts;

/**
 * A unit's standing committee facts as the engine reads them (plain Java, like the engine):
 * <ul>
 * <li>ASSESSED → {@code assessed}; PENALTY → {@code penalties}, the times of each element's penalty added up;</li>
 * <li>BASELINE → {@code baselineViolations}; SERIOUS → {@code seriousDeductions} (reason with its reference);</li>
 * <li>PERFORMANCE → {@code performance}: target, leadership, improved are the committee's yes/no; conduct is the
 *     行风评议 score, or for a unit not rated ({@code conductScore} null) the committee's judgement
 *     ({@code conductAccepted});</li>
 * <li>COMMENDATION, INNOVATION → dated awards (the engine leaves out those outside the window; an innovation's
 *     exchange form is halved by the rubric); PILOT → pilot and succeeded; INSPECTION → the year's overall rating
 *     only (quarterly ratings are kept for the record).</li>
 * </ul>
 * Withdrawn facts are left out. When a single-valued slot somehow holds two standing facts, the later one counts.
 */
public final class EngineFacts {
    private EngineFacts() {
    }

    /** Adds the unit's facts (all of one unit and year) to {@code builder}. */
    public static void addTo(List<CommitteeFact> unitFacts, UnitFacts.Builder builder) {
        List<CommitteeFact> standing = standing(unitFacts);
        Map<String, Map<String, Integer>> penalties = new HashMap<>();
        for (CommitteeFact fact : standing) {
            switch (fact.kind()) {
                case ASSESSED -> builder.assessed(fact.subject(), fact.amount());
                case PENALTY -> penalties.computeIfAbsent(fact.subject(), e -> new HashMap<>())
                        .merge(fact.item(), fact.times(), Integer::sum);
                case BASELINE -> builder.baselineViolation(new BaselineViolation(fact.subject(), fact.amount()));
                case SERIOUS -> builder.seriousDeduction(new SeriousDeduction(fact.amount(),
                        fact.reason() + "（" + fact.reference() + "）"));
                default -> {
                    // performance and bonus are whole records, set below
                }
            }
        }
        penalties.forEach((element, byPenalty) -> byPenalty.forEach((penalty, times) -> builder.penalty(element, penalty, times)));
        builder.performance(performance(standing));
        builder.bonus(bonus(standing));
    }

    /** The 业绩优 facts among a unit's facts (absent ones false, no 行风评议 score). */
    public static PerformanceFacts performance(List<CommitteeFact> unitFacts) {
        List<CommitteeFact> standing = standing(unitFacts);
        Optional<CommitteeFact> conduct = latest(standing, FactKind.PERFORMANCE, FactRules.CONDUCT);
        BigDecimal score = conduct.map(CommitteeFact::amount).orElse(null);
        return new PerformanceFacts(yes(standing, "target"), yes(standing, "leadership"), score,
                yes(standing, "improved"), score == null && conduct.map(f -> Boolean.TRUE.equals(f.flag())).orElse(false));
    }

    static BonusFacts bonus(List<CommitteeFact> standing) {
        List<Award> commendations = new ArrayList<>();
        List<Award> innovations = new ArrayList<>();
        for (CommitteeFact fact : standing) {
            if (fact.kind() == FactKind.COMMENDATION) {
                commendations.add(new Award(fact.project(), fact.item(), false, fact.factDate()));
            } else if (fact.kind() == FactKind.INNOVATION) {
                innovations.add(new Award(fact.project(), fact.item(), Boolean.TRUE.equals(fact.flag()), fact.factDate()));
            }
        }
        Optional<CommitteeFact> pilot = latest(standing, FactKind.PILOT, null);
        String inspection = latest(standing, FactKind.INSPECTION, FactRules.YEAR_PERIOD).map(CommitteeFact::item).orElse(null);
        return new BonusFacts(commendations, innovations, pilot.isPresent(),
                pilot.map(f -> Boolean.TRUE.equals(f.flag())).orElse(false), inspection);
    }

    private static boolean yes(List<CommitteeFact> standing, String aspect) {
        return latest(standing, FactKind.PERFORMANCE, aspect).map(f -> Boolean.TRUE.equals(f.flag())).orElse(false);
    }

    private static Optional<CommitteeFact> latest(List<CommitteeFact> standing, FactKind kind, String subject) {
        return standing.stream().filter(f -> f.kind() == kind && Objects.equals(f.subject(), subject))
                .max(Comparator.comparing(CommitteeFact::id, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    private static List<CommitteeFact> standing(List<CommitteeFact> facts) {
        return facts.stream().filter(CommitteeFact::active)
                .sorted(Comparator.comparing(CommitteeFact::id, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }
}
