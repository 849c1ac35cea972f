package com.xingping.rubric;

import java.util.List;

/** A rubric that cannot be used: unknown, unreadable or inconsistent. Lists every problem found. */
public class RubricException extends RuntimeException {
    private final List<String> problems;

    public RubricException(String source, List<String> problems) {
        super(source + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
