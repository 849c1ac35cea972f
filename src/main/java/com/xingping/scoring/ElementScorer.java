package com.xingping.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.xingping.rubric.Element;
import com.xingping.rubric.ElementKind;
import com.xingping.rubric.Penalty;
import com.xingping.rubric.Policy;
import com.xingping.rubric.TierLevel;

/**
 * Scores one element from a unit's facts: the kind's rule, the cap at max, the penalties, the
 * clamp to [0, max] (备注4) and the falsification penalty (备注5), which is exempt from the clamp.
 */
final class ElementScorer {
    private final Policy policy;
    private final BigDecimal extraFalsificationShare;
    // A CHECK element without penalties or a false record scores one of two results, the same for
    // every unit: shared, they cost a year of thousands of units neither allocation nor heap.
    private final Map<String, ElementResult> checkDone = new HashMap<>();
    private final Map<String, ElementResult> checkNotDone = new HashMap<>();

    ElementScorer(Policy policy, List<Element> elements) {
        this.policy = policy;
        this.extraFalsificationShare = policy.falsificationMultiplier().subtract(BigDecimal.ONE);
        for (Element element : elements) {
            if (element.kind() == ElementKind.CHECK) {
                checkDone.put(element.id(), withPenalties(element, null, Basis.checked(true), element.max(), 0, BigDecimal.ZERO));
                checkNotDone.put(element.id(), withPenalties(element, null, Basis.checked(false), BigDecimal.ZERO, 0, BigDecimal.ZERO));
            }
        }
    }

    ElementResult score(Element element, UnitFacts facts) {
        return switch (element.kind()) {
            case CHECK -> check(element, facts);
            case COUNT -> count(element, facts);
            case FULL_MINUS -> finish(element, facts, Basis.NOTHING, element.max(), 0, BigDecimal.ZERO);
            case RATIO -> ratio(element, facts);
            case TIER -> tier(element, facts);
            case THRESHOLD -> threshold(element, facts);
            case ASSESS -> assess(element, facts);
        };
    }

    private ElementResult check(Element element, UnitFacts facts) {
        boolean done = facts.checks().contains(element.id());
        boolean isFalse = done && facts.falsified(element.id()) > 0;
        if (!isFalse && !facts.penalties().containsKey(element.id())) {
            return (done ? checkDone : checkNotDone).get(element.id());
        }
        BigDecimal raw = done && !isFalse ? element.max() : BigDecimal.ZERO;
        return finish(element, facts, Basis.checked(done), raw, isFalse ? 1 : 0, isFalse ? element.max() : BigDecimal.ZERO);
    }

    private ElementResult count(Element element, UnitFacts facts) {
        int occurrences = facts.count(element.id());
        int falsified = Math.min(facts.falsified(element.id()), occurrences);
        BigDecimal raw = Decimals.times(occurrences - falsified, element.each());
        BigDecimal claimed = Decimals.times(falsified, element.each()).min(element.max());
        return finish(element, facts, Basis.counted(occurrences), raw, falsified, claimed);
    }

    private ElementResult ratio(Element element, UnitFacts facts) {
        List<Member> roster = facts.roster();
        if (roster == null || roster.isEmpty()) {
            return finish(element, facts, roster == null ? Basis.NOTHING : Basis.roster(0, 0), BigDecimal.ZERO, 0,
                    BigDecimal.ZERO);
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
        return finish(element, facts, Basis.roster(met, roster.size()), raw, 0, BigDecimal.ZERO);
    }

    private ElementResult tier(Element element, UnitFacts facts) {
        String level = facts.tiers().get(element.id());
        BigDecimal nominal = level == null ? BigDecimal.ZERO
                : element.level(level).map(TierLevel::points).orElse(BigDecimal.ZERO);
        return single(element, facts, Basis.level(level), nominal);
    }

    private ElementResult threshold(Element element, UnitFacts facts) {
        BigDecimal rate = facts.rates().get(element.id());
        BigDecimal nominal = rate != null && rate.compareTo(element.threshold()) >= 0 ? element.max() : BigDecimal.ZERO;
        return single(element, facts, Basis.measured(rate), nominal);
    }

    private ElementResult assess(Element element, UnitFacts facts) {
        BigDecimal score = facts.assessed().get(element.id());
        return single(element, facts, Basis.measured(score), score == null ? BigDecimal.ZERO : score);
    }

    /** An element resting on one fact: a false fact loses its nominal points and is charged them. */
    private ElementResult single(Element element, UnitFacts facts, Basis basis, BigDecimal nominal) {
        boolean isFalse = basis.reported() && facts.falsified(element.id()) > 0;
        return isFalse
                ? finish(element, facts, basis, BigDecimal.ZERO, 1, nominal.min(element.max()))
                : finish(element, facts, basis, nominal, 0, BigDecimal.ZERO);
    }

    private ElementResult finish(Element element, UnitFacts facts, Basis basis, BigDecimal raw, int falsified,
                                 BigDecimal claimed) {
        return withPenalties(element, facts.penalties().get(element.id()), basis, raw, falsified, claimed);
    }

    /** {@code penaltyCounts}: how often the unit incurred each of the element's penalties, null for never. */
    private ElementResult withPenalties(Element element, Map<String, Integer> penaltyCounts, Basis basis, BigDecimal raw,
                                        int falsified, BigDecimal claimed) {
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
        BigDecimal falsificationPenalty = falsified == 0 ? BigDecimal.ZERO : claimed.multiply(extraFalsificationShare);
        return new ElementResult(element, basis, raw, applied, earned, falsified, claimed, falsificationPenalty);
    }
}
