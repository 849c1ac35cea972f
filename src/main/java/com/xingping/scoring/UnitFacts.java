package com.xingping.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the engine reads about one unit for one year. Absent checks are false, absent counts,
 * penalties and falsified entries are 0, an absent roster ({@code null}) scores study-2c 0.
 * {@code counts} include occurrences later found false; {@code falsified} says how many were. An
 * element with parts has its counts in {@code partCounts} and {@code partFalsified} (by element, then
 * part). The true facts of single-fact elements ({@code checks}, {@code tiers}, {@code rates},
 * {@code assessed}) hold only what is true; a false record's claim is in {@code falseClaims}.
 */
public record UnitFacts(
        String id,
        String name,
        boolean inTargetAssessment,
        boolean committeeOwn,
        Set<String> checks,
        Map<String, Integer> counts,
        Map<String, BigDecimal> assessed,
        Map<String, String> tiers,
        Map<String, BigDecimal> rates,
        List<Member> roster,
        Map<String, Map<String, Integer>> penalties,
        Map<String, Integer> falsified,
        Map<String, Map<String, Integer>> partCounts,
        Map<String, Map<String, Integer>> partFalsified,
        Map<String, FalseClaim> falseClaims,
        List<BaselineViolation> baselineViolations,
        List<SeriousDeduction> seriousDeductions,
        PerformanceFacts performance,
        BonusFacts bonus) {

    public UnitFacts {
        checks = Set.copyOf(checks);
        counts = Map.copyOf(counts);
        assessed = Map.copyOf(assessed);
        tiers = Map.copyOf(tiers);
        rates = Map.copyOf(rates);
        roster = roster == null ? null : List.copyOf(roster);
        penalties = Map.copyOf(penalties);
        falsified = Map.copyOf(falsified);
        partCounts = copyNested(partCounts);
        partFalsified = copyNested(partFalsified);
        falseClaims = Map.copyOf(falseClaims);
        baselineViolations = List.copyOf(baselineViolations);
        seriousDeductions = List.copyOf(seriousDeductions);
        performance = performance == null ? PerformanceFacts.NONE : performance;
        bonus = bonus == null ? BonusFacts.NONE : bonus;
    }

    public int count(String elementId) {
        return counts.getOrDefault(elementId, 0);
    }

    public int falsified(String elementId) {
        return falsified.getOrDefault(elementId, 0);
    }

    public int count(String elementId, String partId) {
        Map<String, Integer> ofElement = partCounts.get(elementId);
        return ofElement == null ? 0 : ofElement.getOrDefault(partId, 0);
    }

    public int falsified(String elementId, String partId) {
        Map<String, Integer> ofElement = partFalsified.get(elementId);
        return ofElement == null ? 0 : ofElement.getOrDefault(partId, 0);
    }

    private static Map<String, Map<String, Integer>> copyNested(Map<String, Map<String, Integer>> nested) {
        if (nested.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, Integer>> copy = new HashMap<>();
        nested.forEach((element, byPart) -> copy.put(element, Map.copyOf(byPart)));
        return Map.copyOf(copy);
    }

    public int penaltyCount(String elementId, String penaltyId) {
        Map<String, Integer> ofElement = penalties.get(elementId);
        return ofElement == null ? 0 : ofElement.getOrDefault(penaltyId, 0);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(id).name(name).inTargetAssessment(inTargetAssessment).committeeOwn(committeeOwn)
                .performance(performance).bonus(bonus);
        builder.checks.addAll(checks);
        builder.counts.putAll(counts);
        builder.assessed.putAll(assessed);
        builder.tiers.putAll(tiers);
        builder.rates.putAll(rates);
        builder.roster = roster == null ? null : new ArrayList<>(roster);
        penalties.forEach((element, byPenalty) -> builder.penalties.put(element, new HashMap<>(byPenalty)));
        builder.falsified.putAll(falsified);
        partCounts.forEach((element, byPart) -> builder.partCounts.put(element, new HashMap<>(byPart)));
        partFalsified.forEach((element, byPart) -> builder.partFalsified.put(element, new HashMap<>(byPart)));
        builder.falseClaims.putAll(falseClaims);
        builder.baselineViolations.addAll(baselineViolations);
        builder.seriousDeductions.addAll(seriousDeductions);
        return builder;
    }

    /** Assembles facts one at a time, as the document reader and the platform find them. */
    public static final class Builder {
        private final String id;
        private String name;
        private boolean inTargetAssessment;
        private boolean committeeOwn;
        private final Set<String> checks = new HashSet<>();
        private final Map<String, Integer> counts = new HashMap<>();
        private final Map<String, BigDecimal> assessed = new HashMap<>();
        private final Map<String, String> tiers = new HashMap<>();
        private final Map<String, BigDecimal> rates = new HashMap<>();
        private List<Member> roster;
        private final Map<String, Map<String, Integer>> penalties = new HashMap<>();
        private final Map<String, Integer> falsified = new HashMap<>();
        private final Map<String, Map<String, Integer>> partCounts = new HashMap<>();
        private final Map<String, Map<String, Integer>> partFalsified = new HashMap<>();
        private final Map<String, FalseClaim> falseClaims = new HashMap<>();
        private final List<BaselineViolation> baselineViolations = new ArrayList<>();
        private final List<SeriousDeduction> seriousDeductions = new ArrayList<>();
        private PerformanceFacts performance = PerformanceFacts.NONE;
        private BonusFacts bonus = BonusFacts.NONE;

        private Builder(String id) {
            this.id = id;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder inTargetAssessment(boolean value) {
            this.inTargetAssessment = value;
            return this;
        }

        public Builder committeeOwn(boolean value) {
            this.committeeOwn = value;
            return this;
        }

        public Builder check(String elementId) {
            checks.add(elementId);
            return this;
        }

        public Builder count(String elementId, int occurrences) {
            counts.put(elementId, occurrences);
            return this;
        }

        public Builder assessed(String elementId, String score) {
            assessed.put(elementId, new BigDecimal(score));
            return this;
        }

        public Builder assessed(String elementId, BigDecimal score) {
            assessed.put(elementId, score);
            return this;
        }

        public Builder tier(String elementId, String level) {
            tiers.put(elementId, level);
            return this;
        }

        public Builder rate(String elementId, String rate) {
            return rate(elementId, new BigDecimal(rate));
        }

        public Builder rate(String elementId, BigDecimal rate) {
            rates.put(elementId, rate);
            return this;
        }

        public Builder member(Role role, String hours) {
            return member(new Member(role, new BigDecimal(hours)));
        }

        public Builder member(Member member) {
            if (roster == null) {
                roster = new ArrayList<>();
            }
            roster.add(member);
            return this;
        }

        /** An empty roster (present, but with nobody on it). */
        public Builder emptyRoster() {
            roster = new ArrayList<>();
            return this;
        }

        public Builder penalty(String elementId, String penaltyId, int times) {
            penalties.computeIfAbsent(elementId, e -> new HashMap<>()).put(penaltyId, times);
            return this;
        }

        public Builder falsified(String elementId, int occurrences) {
            falsified.put(elementId, occurrences);
            return this;
        }

        /** Occurrences of one part of an element with parts, false ones included. */
        public Builder count(String elementId, String partId, int occurrences) {
            partCounts.computeIfAbsent(elementId, e -> new HashMap<>()).put(partId, occurrences);
            return this;
        }

        public Builder falsified(String elementId, String partId, int occurrences) {
            partFalsified.computeIfAbsent(elementId, e -> new HashMap<>()).put(partId, occurrences);
            return this;
        }

        /** A false record's claim on a single-fact element, beside whatever true fact it has. */
        public Builder falseClaim(String elementId, FalseClaim claim) {
            falseClaims.put(elementId, claim);
            return this;
        }

        /**
         * The single fact given so far for the element is itself the false one: it becomes the false
         * claim and the element keeps no true fact. False when no fact was given.
         */
        public boolean factIsFalse(String elementId) {
            FalseClaim claim = null;
            if (checks.remove(elementId)) {
                claim = FalseClaim.checked();
            } else if (tiers.containsKey(elementId)) {
                claim = FalseClaim.level(tiers.remove(elementId));
            } else if (rates.containsKey(elementId)) {
                claim = FalseClaim.measured(rates.remove(elementId));
            } else if (assessed.containsKey(elementId)) {
                claim = FalseClaim.measured(assessed.remove(elementId));
            }
            if (claim != null) {
                falseClaims.put(elementId, claim);
            }
            return claim != null;
        }

        public Builder baselineViolation(String baselineId, String points) {
            baselineViolations.add(new BaselineViolation(baselineId, new BigDecimal(points)));
            return this;
        }

        public Builder baselineViolation(BaselineViolation violation) {
            baselineViolations.add(violation);
            return this;
        }

        public Builder seriousDeduction(String points, String reason) {
            return seriousDeduction(new SeriousDeduction(new BigDecimal(points), reason));
        }

        public Builder seriousDeduction(SeriousDeduction deduction) {
            seriousDeductions.add(deduction);
            return this;
        }

        public Builder performance(PerformanceFacts performance) {
            this.performance = performance;
            return this;
        }

        public Builder bonus(BonusFacts bonus) {
            this.bonus = bonus;
            return this;
        }

        /** How many occurrences of a COUNT element (or of one of its parts) were counted so far. */
        int counted(String elementId, String partId) {
            if (partId == null) {
                return counts.getOrDefault(elementId, 0);
            }
            Map<String, Integer> byPart = partCounts.get(elementId);
            return byPart == null ? 0 : byPart.getOrDefault(partId, 0);
        }

        public UnitFacts build() {
            // Set.copyOf would first copy the checks into another HashSet; they hold no duplicates
            return new UnitFacts(id, name, inTargetAssessment, committeeOwn, Set.of(checks.toArray(String[]::new)),
                    counts, assessed, tiers, rates, roster, penalties, falsified, partCounts, partFalsified, falseClaims,
                    baselineViolations, seriousDeductions, performance, bonus);
        }
    }
}
