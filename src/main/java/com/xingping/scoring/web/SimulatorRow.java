package com.xingping.scoring.web;

import java.util.List;

import com.xingping.scoring.Decimals;
import com.xingping.scoring.StarResult;
import com.xingping.scoring.UnitResult;

/** One unit's line in the simulator's result table, formatted for display. */
record SimulatorRow(int rank, String id, String name, List<StarCell> stars, String partyScore, String bonus,
                    String deductions, String total, boolean partyExcellent, boolean performanceExcellent,
                    boolean vetoed, boolean doubleExcellent, String advanced) {

    record StarCell(String score, boolean awarded) {
    }

    static SimulatorRow of(UnitResult unit) {
        List<StarCell> stars = unit.stars().stream()
                .map((StarResult s) -> new StarCell(Decimals.plain(s.score()), s.awarded())).toList();
        return new SimulatorRow(unit.rank(), unit.id(), unit.name() == null ? "" : unit.name(), stars,
                Decimals.plain(unit.partyScore()), Decimals.plain(unit.bonus().total()),
                Decimals.plain(unit.seriousDeductionPoints()), Decimals.plain(unit.total()), unit.partyExcellent(),
                unit.performanceExcellent(), unit.performance().vetoed(), unit.doubleExcellent(),
                unit.advanced() == null ? null : unit.advanced().code());
    }
}
