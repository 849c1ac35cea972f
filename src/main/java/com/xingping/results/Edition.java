package com.xingping.results;

import java.time.Instant;

import com.xingping.rubric.Rubric;
import com.xingping.year.AssessmentYear;

/**
 * One set of a year's results, read through the same model whether it is the draft (the year scored
 * now, {@code version} null) or a published version (its stored lines): the rubric it was scored with
 * and every unit's line. A unit's sheet is read on its own ({@link Editions#sheet}).
 *
 * @param publicationId the stored publication; null for the draft
 */
record Edition(AssessmentYear year, Integer version, String publishedBy, Instant publishedAt, String note,
               Long publicationId, Rubric rubric, Standings standings) {

    static final String DRAFT = "draft";

    static Edition draft(AssessmentYear year, Rubric rubric, Standings standings) {
        return new Edition(year, null, null, null, null, null, rubric, standings);
    }

    static Edition published(AssessmentYear year, Publications.Head head, Rubric rubric, Standings standings) {
        return new Edition(year, head.versionNumber(), head.publishedBy(), head.publishedAt(), head.note(), head.id(),
                rubric, standings);
    }

    boolean isDraft() {
        return version == null;
    }

    /** How URLs name it: "draft" or the version number. */
    String ref() {
        return isDraft() ? DRAFT : String.valueOf(version);
    }

    String rubricId() {
        return rubric.id();
    }
}
