package com.xingping.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.xingping.rubric.Element;
import com.xingping.rubric.ElementKind;
import com.xingping.rubric.Part;
import com.xingping.rubric.Penalty;
import com.xingping.rubric.Policy;
import com.xingping.rubric.TierLevel;

/**
 * Scores one element from a unit's facts: the kind's rule on the true facts (each part under its own
 * cap), the cap at max, the penalties, the clamp to [0, max] (备注4), and the falsification penalty
 * (备注5): the multiplier × the points the false records claimed, exempt from the clamp.
 */
final class ElementScorer {
    private final Policy policy;
    // A CHECK element without penalties or a false record scores one of two results, the same for
    // every unit: shared, they cost a year of thousands of units neither allocation nor heap.
    private final Map<String, ElementResult> checkDone = new HashMap<>();
    private final Map<String, ElementResult> checkNotDone = new HashMap<>();

    ElementScorer(Policy policy, List<Element> elements) {
        this.policy = policy;
        for (Element element : elements) {
            if (element.kind() == ElementKind.CHECK) {
                checkDone.put(element.id(), withPenalties(element, null, Basis.checked(true), element.max(), List.of(),
                        Falsehood.NONE));
                checkNotDone.put(element.id(), withPenalties(element, null, Basis.checked(false), BigDecimal.ZERO,
                        List.of(), Falsehood.NONE));
            }
        }
    }

    /** What the false records of an element come to: how many, the single-fact claim, its nominal points. */
    private record Falsehood(int records, FalseClaim claim, BigDecimal claimed) {
        static final Falsehood NONE = new Falsehood(0, null, BigDecimal.ZERO);

        static Falsehood of(FalseClaim claim, BigDecimal claimed) {
            return claim == null ? NONE : new Falsehood(1, claim, claimed);
        }
    }

    ElementResult score(Element element, UnitFacts facts) {
        if (element.kind() != ElementKind.COUNT && facts.falsified(element.id()) > 0) {
            throw new IllegalArgumentException(element.id() + " is a single fact: a false record of it is a false claim");
        }
        return switch (element.kind()) {
            case CHECK -> check(element, facts);
            case COUNT -> element.hasParts() ? countParts(element, facts) : count(element, facts);
            case FULL_MINUS -> finish(element, facts, Basis.NOTHING, element.max(), List.of(), Falsehood.NONE);
            case RATIO -> ratio(element, facts);
            case TIER -> tier(element, facts);
            case THRESHOLD -> threshold(element, facts);
            case ASSESS -> assess(element, facts);
        };
    }

    private ElementResult check(Element element, UnitFacts facts) {
        boolean done = facts.checks().contains(element.id());
        FalseClaim claim = facts.falseClaims().get(element.id());
        if (claim == null && !facts.penalties().containsKey(element.id())) {
            return (done ? checkDone : checkNotDone).get(element.id());
        }
        return finish(element, facts, Basis.checked(done), done ? element.max() : BigDecimal.ZERO, List.of(),
                Falsehood.of(claim, element.max()));
    }

    private ElementResult count(Element element, UnitFacts facts) {
        int occurrences = facts.count(element.id());
        int falsified = Math.min(facts.falsified(element.id()), occurrences);
        BigDecimal raw = Decimals.times(occurrences - falsified, element.each());
        BigDecimal claimed = Decimals.times(falsified, element.each()).min(element.max());
        return finish(element, facts, Basis.counted(occurrences), raw, List.of(),
                new Falsehood(falsified, null, claimed));
    }

    /** Each part earns min(part max, true occurrences × each) and claims min(part max, false ones × each). */
    private ElementResult countParts(Element element, UnitFacts facts) {
        if (facts.count(element.id()) > 0) {
            throw new IllegalArgumentException(element.id() + " has parts: its occurrences are counted by part");
        }
        List<PartResult> parts = new ArrayList<>(element.parts().size());
        int occurrences = 0;
        int falsified = 0;
        BigDecimal raw = BigDecimal.ZERO;
        BigDecimal claimed = BigDecimal.ZERO;
        for (Part part : element.parts()) {
            int counted = facts.count(element.id(), part.id());
            int isFalse = Math.min(facts.falsified(element.id(), part.id()), counted);
            BigDecimal earned = Decimals.times(counted - isFalse, element.each()).min(part.max());
            BigDecimal claim = Decimals.times(isFalse, element.each()).min(part.max());
            parts.add(new PartResult(part, counted, isFalse, earned, claim));
            occurrences += counted;
            falsified += isFalse;
            raw = raw.add(earned);
            claimed = claimed.add(claim);
        }
        return finish(element, facts, Basis.counted(occurrences), raw, parts, new Falsehood(falsified, null, claimed));
    }

    private ElementResult ratio(Element element, UnitFacts facts) {
        List<Member> roster = facts.roster();
        if (roster == null || roster.isEmpty()) {
            return finish(element, facts, roster == null ? Basis.NOTHING : Basis.roster(0, 0), BigDecimal.ZERO,
                    List.of(), Falsehood.NONE);
        }
        int met = 0;
        for (Member member : roster) {
            BigDecimal required = member.role() == Role.LEADERSHIP ? policy.leadershipHours() : policy.ordinaryHours();
            if (member.hours().compareTo(required) >= 0) {
                met++;
            }
        }
        BigDecimal raw = element.max().multiply(BigDecimal.valueOf(met))
                .divide(BigDecimal.valueOf(roster.size()), 2, RoundingMode.HALF_UP);
        return finish(element, facts, Basis.roster(met, roster.size()), raw, List.of(), Falsehood.NONE);
    }

    private ElementResult tier(Element element, UnitFacts facts) {
        String level = facts.tiers().get(element.id());
        FalseClaim claim = facts.falseClaims().get(element.id());
        return single(element, facts, Basis.level(level), levelPoints(element, level),
                claim, claim == null ? null : levelPoints(element, claim.level()));
    }

    private static BigDecimal levelPoints(Element element, String level) {
        return level == null ? BigDecimal.ZERO : element.level(level).map(TierLevel::points).orElse(BigDecimal.ZERO);
    }

    private ElementResult threshold(Element element, UnitFacts facts) {
        BigDecimal rate = facts.rates().get(element.id());
        FalseClaim claim = facts.falseClaims().get(element.id());
        return single(element, facts, Basis.measured(rate), reaching(element, rate),
                claim, claim == null ? null : reaching(element, claim.measure()));
    }

    private static BigDecimal reaching(Element element, BigDecimal rate) {
        return rate != null && rate.compareTo(element.threshold()) >= 0 ? element.max() : BigDecimal.ZERO;
    }

    private ElementResult assess(Element element, UnitFacts facts) {
        BigDecimal score = facts.assessed().get(element.id());
        FalseClaim claim = facts.falseClaims().get(element.id());
        return single(element, facts, Basis.measured(score), score == null ? BigDecimal.ZERO : score,
                claim, claim == null ? null : claim.measure());
    }

    /** An element resting on one true fact (worth {@code nominal}) and perhaps a false claim (worth {@code claimed}). */
    private ElementResult single(Element element, UnitFacts facts, Basis basis, BigDecimal nominal, FalseClaim claim,
                                 BigDecimal claimed) {
        return finish(element, facts, basis, nominal, List.of(),
                Falsehood.of(claim, claimed == null ? null : claimed.min(element.max())));
    }

    private ElementResult finish(Element element, UnitFacts facts, Basis basis, BigDecimal raw, List<PartResult> parts,
                                 Falsehood falsehood) {
        return withPenalties(element, facts.penalties().get(element.id()), basis, raw, parts, falsehood);
    }

    /** {@code penaltyCounts}: how often the unit incurred each of the element's penalties, null for never. */
    private ElementResult withPenalties(Element element, Map<String, Integer> penaltyCounts, Basis basis, BigDecimal raw,
                                        List<PartResult> parts, Falsehood falsehood) {
        List<AppliedPenalty> applied = List.of();
        BigDecimal score = raw.min(element.max());
        for (Penalty penalty : element.penalties()) {
            int times = penaltyCounts == null ? 0 : penaltyCounts.getOrDefault(penalty.id(), 0);
            if (times > 0) {
                if (applied.isEmpty()) {
                    applied = new ArrayList<>(element.penalties().size());
                }
                BigDecimal points = Decimals.times(times, penalty.points());
                applied.add(new AppliedPenalty(penalty, times, points));
                score = score.subtract(points);
            }
        }
        BigDecimal earned = Decimals.clamp(score, BigDecimal.ZERO, element.max());
        BigDecimal falsificationPenalty = falsehood.records() == 0 ? BigDecimal.ZERO
                : falsehood.claimed().multiply(policy.falsificationMultiplier());
        return new ElementResult(element, basis, raw, parts, applied, earned, falsehood.records(), falsehood.claim(),
                falsehood.claimed(), falsificationPenalty);
    }
}
