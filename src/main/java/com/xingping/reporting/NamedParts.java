package com.xingping.reporting;

import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.xingping.rubric.Element;
import com.xingping.rubric.Part;

/**
 * The parts a record of an element names itself (norms-1a: 机关党建工作汇报 or 群团工作汇报), as opposed
 * to the half-year parts a record's date decides (study-3b).
 */
public final class NamedParts {
    private NamedParts() {
    }

    public static List<Part> of(Element element) {
        return element.parts().stream().filter(p -> p.half() == null).toList();
    }

    /** Whether a record of this element must say which part it is. */
    public static boolean asked(Element element) {
        return !of(element).isEmpty();
    }

    /** The part given by id or by its name, as a form, the API or a spreadsheet may write it. */
    static Optional<Part> find(Element element, String idOrName) {
        String wanted = idOrName.strip();
        return of(element).stream().filter(p -> p.id().equals(wanted) || p.name().equals(wanted)).findFirst();
    }

    /**
     * The part of a unit's {@code index}-th record (from 0) that fills each part to its cap in turn
     * before the next (norms-1a: 党建, 党建, 群团, then again), for seeded and generated records; null
     * when the element has no named parts.
     */
    public static String filling(Element element, int index) {
        List<Part> named = of(element);
        if (named.isEmpty()) {
            return null;
        }
        int[] needed = named.stream()
                .mapToInt(p -> p.max().divide(element.each(), 0, RoundingMode.CEILING).intValueExact()).toArray();
        int round = Arrays.stream(needed).sum();
        int at = index % round;
        for (int i = 0; i < needed.length; i++) {
            if (at < needed[i]) {
                return named.get(i).id();
            }
            at -= needed[i];
        }
        throw new IllegalStateException("unreachable");
    }
}
