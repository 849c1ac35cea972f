package com.xingping.rubric;

/** How an element turns its fact into points (the kinds of ../shared/spec/rubric-2018.md). */
public enum ElementKind {
    /** done or not done: max or 0. */
    CHECK,
    /** approved occurrences in the window: min(max, n × each). */
    COUNT,
    /** starts at max; only its penalties subtract. */
    FULL_MINUS,
    /** max × share of roster members meeting their required study hours. */
    RATIO,
    /** points of the highest level reached. */
    TIER,
    /** max if a measured rate reaches the threshold, else 0. */
    THRESHOLD,
    /** the committee's score, a multiple of 0.5 in [0, max]. */
    ASSESS;

    /** Kinds whose facts units report themselves as records. */
    public boolean reportedByUnits() {
        return this == CHECK || this == COUNT || this == TIER || this == THRESHOLD;
    }
}
