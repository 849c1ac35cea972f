package com.xingping.scorecard;

import java.util.Optional;

import com.xingping.scoring.OfficialConduct;
import com.xingping.year.AssessmentYear;

/**
 * The committee's entered official 行风评议 standings of a year (mean and the units in the last three
 * places), which replace the computed ones wherever the year is scored. Implemented by the module that
 * keeps them ({@code facts}); the ids in {@code bottom} are the engine's ids of the units (their ids as text).
 */
public interface OfficialStandings {

    Optional<OfficialConduct> of(AssessmentYear year);

    /** The year whose official standings a saved or deleted row changes, if it is such a row. */
    Optional<Long> changedBy(Object row);
}
