package com.xingping.facts;

import java.util.Arrays;

import com.xingping.kernel.NotFound;

/**
 * The kinds of committee fact, each with the word the API and pages use for it. A single-valued
 * kind has at most one standing fact per unit, year and subject (an ASSESS element, a 业绩优
 * aspect, an inspection period; the pilot has none); the others are events that add up.
 */
public enum FactKind {
    /** the committee's score of an ASSESS element (norms-1d). */
    ASSESSED("assessed", true),
    /** a penalty of an element: 通报批评, missed committee training, an unimplemented directive. */
    PENALTY("penalties", false),
    /** a violated 底线标准, deducting 1 or 2 points from its star. */
    BASELINE("baselines", false),
    /** a member's serious violation, deducted from the total. */
    SERIOUS("serious", false),
    /** one 业绩优 fact: 目标责任制 result, leadership judgement, 行风评议 score or judgement, 明显提升. */
    PERFORMANCE("performance", true),
    /** bonus-1: a commendation of the unit's 党群工作 at a level. */
    COMMENDATION("commendations", false),
    /** bonus-2: an innovation award (or its exchange form, halved) at a level. */
    INNOVATION("innovations", false),
    /** bonus-3: the unit is a 党建工作试点单位 (and whether the pilot succeeded). */
    PILOT("pilot", true),
    /** bonus-4: a "一季一督查" rating of a quarter, or the year's overall rating (the one that scores). */
    INSPECTION("inspections", true);

    private final String slug;
    private final boolean singleValued;

    FactKind(String slug, boolean singleValued) {
        this.slug = slug;
        this.singleValued = singleValued;
    }

    public String slug() {
        return slug;
    }

    public boolean singleValued() {
        return singleValued;
    }

    /** The kind a URL names (assessed, penalties, …); an unknown word is not found. */
    public static FactKind bySlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst()
                .orElseThrow(() -> new NotFound("工委录入事项 " + slug));
    }
}
