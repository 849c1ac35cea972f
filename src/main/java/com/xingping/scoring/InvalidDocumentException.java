package com.xingping.scoring;

import java.util.List;

/** A scoring document refused whole; each problem names the unit, the field and the reason. */
public class InvalidDocumentException extends RuntimeException {
    private final List<String> problems;

    public InvalidDocumentException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
