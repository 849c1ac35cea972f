package com.xingping.reform;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The numbers of a rubric the committee changes most, each left null to keep the rubric's own: the star
 * threshold (a share of each star's points), the 加分 cap, the 末位 veto places and tie rule, the
 * falsification factor, and per element its maximum and (COUNT) its points each. A changed maximum moves
 * its criterion's, star's and the rubric's points by the same amount, so the file still adds up.
 *
 * @param conductVetoTies pass (units sharing a place across the cut-off pass) or fail
 * @param elements        by element id
 */
public record ScenarioChanges(BigDecimal starThreshold, BigDecimal bonusCap, Integer conductVetoBottom, String conductVetoTies,
                      BigDecimal falsificationMultiplier, Map<String, ElementChange> elements) {

    public ScenarioChanges {
        elements = elements == null ? Map.of() : Map.copyOf(elements);
    }

    /** An element's new maximum and (COUNT only) points each; null keeps the rubric's. */
    public record ElementChange(BigDecimal max, BigDecimal each) {
    }

    boolean isEmpty() {
        return starThreshold == null && bonusCap == null && conductVetoBottom == null && conductVetoTies == null
                && falsificationMultiplier == null && elements.isEmpty();
    }
}
