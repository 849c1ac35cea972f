package com.xingping.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.xingping.rubric.ElementKind;
import com.xingping.scoring.Deductions;
import com.xingping.scoring.UnitExplanation;
import com.xingping.scoring.Withholding;

/**
 * One unit's live scorecard: per star, criterion and element the points, the maximum, the records
 * behind them, the engine's explanation and what is still open ({@code hint}, null when nothing is).
 * {@code rank} is among the units scored with it (every active unit). {@code deductions} are what came
 * off by kind; {@code explained} says in words why the stars, 加分, deductions, 业绩优 and standing are
 * what they are.
 */
public record Scorecard(Long unitId, String unitCode, String unitName, boolean unitActive, Long yearId, int year,
                        String rubricId, boolean yearOpen, LocalDate windowStart, LocalDate windowEnd, int rank,
                        int rankedUnits, BigDecimal partyScore, BigDecimal bonus, BigDecimal total, int starCount,
                        long awaitingReview, List<StarCard> stars, List<BonusItemCard> bonusItems,
                        BigDecimal bonusUncapped, BigDecimal seriousDeductionPoints, List<DeductionCard> seriousDeductions,
                        PerformanceCard performance, boolean partyExcellent, boolean doubleExcellent,
                        Deductions deductions, UnitExplanation explained) {

    public Scorecard {
        stars = List.copyOf(stars);
        bonusItems = List.copyOf(bonusItems);
        seriousDeductions = List.copyOf(seriousDeductions);
    }

    /**
     * @param baselineDeduction what the star's baseline violations ({@code violations}) took off it
     * @param explanation       the star's lines: earned, deductions, threshold and why it is (not) awarded
     */
    public record StarCard(String id, String name, BigDecimal score, BigDecimal max, BigDecimal threshold,
                           BigDecimal toThreshold, boolean awarded, List<Withholding> withheld, String hint,
                           List<CriterionCard> criteria, BigDecimal baselineDeduction, List<ViolationCard> violations,
                           List<String> explanation) {
        public StarCard {
            explanation = List.copyOf(explanation);
            withheld = List.copyOf(withheld);
            criteria = List.copyOf(criteria);
            violations = List.copyOf(violations);
        }

        /** Withheld for a violated baseline or a false record, which no more points can mend. */
        public boolean withheldWhateverItsScore() {
            return withheld.contains(Withholding.BASELINE_VIOLATED) || withheld.contains(Withholding.FALSIFIED);
        }
    }

    /** A violated baseline of a star, with the points it deducted. */
    public record ViolationCard(String baselineId, String text, BigDecimal points) {
    }

    /** One 加分 event as the engine judged it; {@code note} says why it does not count. */
    public record BonusItemCard(String ruleId, String description, BigDecimal points, boolean counted, String note) {
    }

    /** A serious-violation deduction from the total. */
    public record DeductionCard(BigDecimal points, String reason) {
    }

    /**
     * 业绩优 as the engine judged it: the committee's facts, the 行风评议 mean and the unit's place among the
     * rated units (null when the unit is not rated: then {@code conductPassed} is the committee's judgement);
     * {@code official}: the mean and the vetoed units are the committee's entered standings.
     */
    public record PerformanceCard(boolean excellent, boolean targetWinner, boolean leadershipSound, boolean conductRated,
                                  BigDecimal conductScore, BigDecimal conductMean, boolean conductPassed,
                                  boolean conductImproved, Integer place, int rated, boolean official,
                                  boolean vetoed) {
    }

    public record CriterionCard(String id, String name, BigDecimal value, BigDecimal max, List<ElementCard> elements) {
        public CriterionCard {
            elements = List.copyOf(elements);
        }
    }

    /**
     * @param value       what the element adds to its star (earned less any falsification penalty)
     * @param open        points it could still earn ({@code ElementResult.open()})
     * @param records     the approved records behind it; falsified ones are marked
     * @param committeeFacts the committee's standing facts behind it (its ASSESS score, its penalties)
     */
    public record ElementCard(String id, String name, ElementKind kind, BigDecimal value, BigDecimal earned,
                              BigDecimal max, BigDecimal open, int falsified, BigDecimal falsificationPenalty,
                              String hint, List<String> explanation, List<BackingRecord> records,
                              List<CommitteeBacking> committeeFacts) {
        public ElementCard {
            explanation = List.copyOf(explanation);
            records = List.copyOf(records);
            committeeFacts = List.copyOf(committeeFacts);
        }
    }

    /**
     * The "still open" summary: every star's hint, then the hints of the {@code elements} elements
     * with the most points still open (the table shows the rest).
     */
    public List<String> openHints(int elements) {
        Stream<String> starHints = stars.stream().map(StarCard::hint).filter(Objects::nonNull);
        Stream<String> elementHints = stars.stream().flatMap(s -> s.criteria().stream())
                .flatMap(c -> c.elements().stream()).filter(e -> e.hint() != null)
                .sorted(Comparator.comparing(ElementCard::open).reversed()).limit(elements).map(ElementCard::hint);
        return Stream.concat(starHints, elementHints).toList();
    }
}
