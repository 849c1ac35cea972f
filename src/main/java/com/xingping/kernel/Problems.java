package com.xingping.kernel;

import java.util.ArrayList;
import java.util.List;

/** Collects "place: reason" lines so that a reader can refuse a document with all its problems at once. */
public final class Problems {
    private final List<String> lines = new ArrayList<>();

    public void add(String place, String reason) {
        lines.add(place.isEmpty() ? reason : place + ": " + reason);
    }

    /** Takes over another collector's lines, each prefixed, e.g. with {@code "unit U07"}. */
    public void addAll(String prefix, Problems other) {
        other.lines.forEach(line -> lines.add(prefix + ": " + line));
    }

    public void addAll(Problems other) {
        lines.addAll(other.lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }
}
