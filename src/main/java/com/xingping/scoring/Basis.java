package com.xingping.scoring;

import java.math.BigDecimal;

/**
 * The fact an element was scored from, kept so its explanation can be written when someone asks:
 * whether it was reported, how many occurrences, how many roster members met their hours out of
 * how many, which level, which measured rate or committee score.
 */
public record Basis(boolean reported, int occurrences, int met, int members, String level, BigDecimal measured) {

    static final Basis NOTHING = new Basis(false, 0, 0, 0, null, null);
    private static final Basis DONE = new Basis(true, 1, 0, 0, null, null);

    static Basis checked(boolean done) {
        return done ? DONE : NOTHING;
    }

    static Basis counted(int occurrences) {
        return new Basis(occurrences > 0, occurrences, 0, 0, null, null);
    }

    static Basis roster(int met, int members) {
        return new Basis(true, 0, met, members, null, null);
    }

    static Basis level(String level) {
        return level == null ? NOTHING : new Basis(true, 0, 0, 0, level, null);
    }

    static Basis measured(BigDecimal value) {
        return value == null ? NOTHING : new Basis(true, 0, 0, 0, null, value);
    }
}
