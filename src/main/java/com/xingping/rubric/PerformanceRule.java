package com.xingping.rubric;

/** One condition of 业绩优 in the notice's words (performance-1 … performance-3, performance-V). */
public record PerformanceRule(String id, String text) {
}
