package com.xingping.scoring.web;

import java.math.BigDecimal;
import java.util.List;

import com.xingping.scoring.CriterionResult;
import com.xingping.scoring.Decimals;
import com.xingping.scoring.ElementResult;
import com.xingping.scoring.StarResult;
import com.xingping.scoring.UnitResult;
import com.xingping.scoring.Withholding;

/**
 * One unit's line in the simulator's result table, formatted for display: each star with the reasons
 * it is withheld, and the deductions by kind (element penalties, baselines, falsification, serious).
 */
record SimulatorRow(int rank, String id, String name, List<StarCell> stars, String partyScore, String bonus,
                    String penalties, String baseline, String falsification, String serious, String total,
                    boolean partyExcellent, boolean performanceExcellent, boolean vetoed, boolean doubleExcellent,
                    String advanced) {

    /** {@code withheld}: the codes of the reasons the star is not awarded (empty when it is). */
    record StarCell(String score, boolean awarded, List<String> withheld) {
    }

    static SimulatorRow of(UnitResult unit) {
        List<StarCell> stars = unit.stars().stream().map((StarResult s) -> new StarCell(Decimals.plain(s.score()),
                s.awarded(), s.withheld().stream().map(Withholding::code).toList())).toList();
        BigDecimal penalties = BigDecimal.ZERO;
        BigDecimal baseline = BigDecimal.ZERO;
        BigDecimal falsification = BigDecimal.ZERO;
        for (StarResult star : unit.stars()) {
            baseline = baseline.add(star.baselineDeduction());
            falsification = falsification.add(star.falsificationPenalty());
            for (CriterionResult criterion : star.criteria()) {
                for (ElementResult element : criterion.elements()) {
                    penalties = penalties.add(element.penaltyPoints());
                }
            }
        }
        return new SimulatorRow(unit.rank(), unit.id(), unit.name() == null ? "" : unit.name(), stars,
                Decimals.plain(unit.partyScore()), Decimals.plain(unit.bonus().total()), Decimals.plain(penalties),
                Decimals.plain(baseline), Decimals.plain(falsification), Decimals.plain(unit.seriousDeductionPoints()),
                Decimals.plain(unit.total()), unit.partyExcellent(), unit.performanceExcellent(),
                unit.performance().vetoed(), unit.doubleExcellent(),
                unit.advanced() == null ? null : unit.advanced().code());
    }
}
