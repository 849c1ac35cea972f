package com.xingping.scoring;

import java.util.List;

/** A unit's 加分 events for the year; {@code inspection} is the "一季一督查" annual rating level. */
public record BonusFacts(List<Award> commendations, List<Award> innovationAwards, boolean pilot,
                         boolean pilotSucceeded, String inspection) {

    public static final BonusFacts NONE = new BonusFacts(List.of(), List.of(), false, false, null);

    public BonusFacts {
        commendations = List.copyOf(commendations);
        innovationAwards = List.copyOf(innovationAwards);
    }
}
