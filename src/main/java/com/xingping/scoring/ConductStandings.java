package com.xingping.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The year's 行风评议 picture across all rated units: their mean (performance-3) and the cut-off
 * of the bottom ranks (performance-V, 一票否决). Units tied with the last vetoed score are all vetoed.
 */
final class ConductStandings {
    private final BigDecimal sum;
    private final int rated;
    private final BigDecimal vetoCutoff;
    private final BigDecimal displayedMean;

    private ConductStandings(BigDecimal sum, int rated, BigDecimal vetoCutoff) {
        this.sum = sum;
        this.rated = rated;
        this.vetoCutoff = vetoCutoff;
        this.displayedMean = rated == 0 ? null : sum.divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP);
    }

    static ConductStandings of(Collection<UnitFacts> units, int vetoBottom) {
        List<BigDecimal> scores = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (UnitFacts unit : units) {
            BigDecimal score = unit.performance().conductScore();
            if (score != null) {
                scores.add(score);
                sum = sum.add(score);
            }
        }
        scores.sort(null);
        BigDecimal cutoff = vetoBottom == 0 || scores.isEmpty() ? null : scores.get(Math.min(vetoBottom, scores.size()) - 1);
        return new ConductStandings(sum, scores.size(), cutoff);
    }

    PerformanceResult judge(PerformanceFacts facts) {
        if (!facts.rated()) {
            return new PerformanceResult(facts.targetWinner(), facts.leadershipSound(), facts.conductAccepted(),
                    null, null, facts.conductImproved(), null, false);
        }
        BigDecimal score = facts.conductScore();
        // score ≥ sum / n, compared without dividing so that no rounding enters
        boolean aboveMean = score.multiply(BigDecimal.valueOf(rated)).compareTo(sum) >= 0;
        boolean vetoed = vetoCutoff != null && score.compareTo(vetoCutoff) <= 0;
        return new PerformanceResult(facts.targetWinner(), facts.leadershipSound(), aboveMean || facts.conductImproved(),
                score, displayedMean, facts.conductImproved(), vetoCutoff, vetoed);
    }
}
