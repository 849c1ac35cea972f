package com.xingping.rubric;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One year's assessment rules, as loaded from {@code rubrics/<id>.yaml}. Immutable; a class
 * rather than a record so that its lookup tables are built once.
 */
public final class Rubric {
    private final String id;
    private final int year;
    private final String title;
    private final String issuer;
    private final String document;
    private final AssessmentWindow window;
    private final Policy policy;
    private final List<Star> stars;
    private final List<PerformanceRule> performanceRules;
    private final BonusRules bonus;
    private final Map<String, Element> elementsById = new LinkedHashMap<>();
    private final Map<String, Baseline> baselinesById = new LinkedHashMap<>();

    public Rubric(String id, int year, String title, String issuer, String document, AssessmentWindow window, Policy policy,
                  List<Star> stars, List<PerformanceRule> performanceRules, BonusRules bonus) {
        this.id = id;
        this.year = year;
        this.title = title;
        this.issuer = issuer;
        this.document = document;
        this.window = window;
        this.policy = policy;
        this.stars = List.copyOf(stars);
        this.performanceRules = List.copyOf(performanceRules);
        this.bonus = bonus;
        for (Star star : this.stars) {
            star.criteria().forEach(c -> c.elements().forEach(e -> elementsById.put(e.id(), e)));
            star.baselines().forEach(b -> baselinesById.put(b.id(), b));
        }
    }

    public String id() {
        return id;
    }

    public int year() {
        return year;
    }

    public String title() {
        return title;
    }

    /** The issuing committee as the notice names it, or null when the file does not say. */
    public String issuer() {
        return issuer;
    }

    public String document() {
        return document;
    }

    public AssessmentWindow window() {
        return window;
    }

    public Policy policy() {
        return policy;
    }

    public List<Star> stars() {
        return stars;
    }

    public List<PerformanceRule> performanceRules() {
        return performanceRules;
    }

    public BonusRules bonus() {
        return bonus;
    }

    /** Every element, in the rubric's order. */
    public List<Element> elements() {
        return List.copyOf(elementsById.values());
    }

    public Optional<Element> element(String elementId) {
        return Optional.ofNullable(elementsById.get(elementId));
    }

    public Optional<Baseline> baseline(String baselineId) {
        return Optional.ofNullable(baselinesById.get(baselineId));
    }

    public Optional<Star> star(String starId) {
        return stars.stream().filter(s -> s.id().equals(starId)).findFirst();
    }

    /** The first day of the second half of the window of {@code year} (policy {@code halfYearSplit}). */
    public LocalDate secondHalfStart(int year) {
        return policy.halfYearSplit().atYear(year);
    }

    public boolean inWindow(LocalDate date) {
        return window.contains(year, date);
    }

    @Override
    public String toString() {
        return "Rubric[" + id + "]";
    }
}
