package com.xingping.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import com.xingping.rubric.Policy;

/**
 * The year's 行风评议 picture across the rated units: their mean (performance-3) and each unit's
 * place, equal scores sharing the better place (95, 90, 90, 85 → 1, 2, 2, 4). 末三位 (performance-V,
 * 一票否决): a place greater than n − bottom; units tied across that cut-off pass or fail together by
 * policy; nobody is vetoed when n ≤ bottom. Official standings, when entered, give the mean and
 * exactly the vetoed units instead.
 */
final class ConductStandings {
    private final BigDecimal sum;
    private final BigDecimal[] ascending;
    private final BigDecimal displayedMean;
    private final int vetoBottom;
    private final boolean tiesPass;
    private final OfficialConduct official;

    private ConductStandings(BigDecimal sum, BigDecimal[] ascending, Policy policy, OfficialConduct official) {
        this.sum = sum;
        this.ascending = ascending;
        this.vetoBottom = policy.conductVetoBottom();
        this.tiesPass = policy.conductVetoTiesPass();
        this.official = official;
        this.displayedMean = official != null ? official.mean()
                : ascending.length == 0 ? null : sum.divide(BigDecimal.valueOf(ascending.length), 2, RoundingMode.HALF_UP);
    }

    static ConductStandings of(Collection<UnitFacts> units, Policy policy, OfficialConduct official) {
        List<BigDecimal> scores = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (UnitFacts unit : units) {
            BigDecimal score = unit.performance().conductScore();
            if (score != null) {
                scores.add(score);
                sum = sum.add(score);
            }
        }
        BigDecimal[] ascending = scores.toArray(BigDecimal[]::new);
        Arrays.sort(ascending);
        return new ConductStandings(sum, ascending, policy, official);
    }

    PerformanceResult judge(UnitFacts unit) {
        PerformanceFacts facts = unit.performance();
        if (!facts.rated()) {
            return new PerformanceResult(!unit.inTargetAssessment() || unit.committeeOwn(), facts.targetWinner(), facts.leadershipSound(), facts.conductAccepted(),
                    null, null, facts.conductImproved(), null, 0, official != null, false);
        }
        BigDecimal score = facts.conductScore();
        int rated = ascending.length;
        int above = higherThan(score);
        int place = above + 1;
        boolean aboveMean;
        boolean vetoed;
        if (official != null) {
            aboveMean = score.compareTo(official.mean()) >= 0;
            vetoed = official.bottom().contains(unit.id());
        } else {
            // score ≥ sum / n, compared without dividing so that no rounding enters
            aboveMean = score.multiply(BigDecimal.valueOf(rated)).compareTo(sum) >= 0;
            vetoed = vetoed(place, rated - above - sharing(score), rated);
        }
        return new PerformanceResult(!unit.inTargetAssessment() || unit.committeeOwn(), facts.targetWinner(), facts.leadershipSound(), aboveMean || facts.conductImproved(),
                score, displayedMean, facts.conductImproved(), place, rated, official != null, vetoed);
    }

    /** {@code below}: rated units with a strictly lower score. */
    private boolean vetoed(int place, int below, int rated) {
        if (vetoBottom == 0 || rated <= vetoBottom) {
            return false;
        }
        return tiesPass ? place > rated - vetoBottom : below < vetoBottom;
    }

    private int higherThan(BigDecimal score) {
        return ascending.length - firstAfter(score, 0);
    }

    private int sharing(BigDecimal score) {
        return firstAfter(score, 0) - firstAfter(score, -1);
    }

    /**
     * In the scores sorted ascending, the index of the first score s with compare(s, score) > bound:
     * bound 0 finds the first higher score, bound −1 the first equal or higher.
     */
    private int firstAfter(BigDecimal score, int bound) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ascending[middle].compareTo(score) > bound) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
