package com.xingping.rubric;

/** A 底线标准 of a star: violating it deducts points from the star and may withhold it. */
public record Baseline(String id, String text, String starId) {
}
