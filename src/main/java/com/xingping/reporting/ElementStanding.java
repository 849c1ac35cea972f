package com.xingping.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where a record's element stands for the record's unit in the record's year, as the unit's live
 * scorecard scores it, for the reviewer deciding on the record.
 *
 * @param points           what the element earns now (after its cap and the committee's deductions,
 *                         before a falsification penalty)
 * @param max              the element's cap
 * @param pointsIfApproved what it would earn with this record approved (a record awaiting review only)
 * @param partName         the part the record counts in (norms-1a, study-3b), with what that part earns and its cap
 * @param deduction        what the committee's deductions (扣分) take off the element now
 * @param falsification    the falsification penalty (加倍倒扣) the element carries now
 * @param summary          one line in the committee's words: "该项已 4/4，通过后不再加分"
 * @param notes            the lines behind it: the part, the level or rate in force and the one claimed,
 *                         the deductions, the falsification penalty
 */
public record ElementStanding(String elementId, BigDecimal points, BigDecimal max, BigDecimal pointsIfApproved,
                              String partName, BigDecimal partPoints, BigDecimal partMax, BigDecimal deduction,
                              BigDecimal falsification, String summary, List<String> notes) {
    public ElementStanding {
        notes = List.copyOf(notes);
    }
}
