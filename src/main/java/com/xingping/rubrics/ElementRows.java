package com.xingping.rubrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.xingping.rubric.Criterion;
import com.xingping.rubric.Element;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.Star;

/** A rubric's elements as a table the committee can read: star, criterion, id, name, kind, max, each and the rest. */
final class ElementRows {
    private ElementRows() {
    }

    record Row(String star, String criterion, String id, String name, String kind, String max, String each, String threshold,
               String levels, String parts, String penalties) {
    }

    static List<Row> of(Rubric rubric) {
        List<Row> rows = new ArrayList<>();
        for (Star star : rubric.stars()) {
            for (Criterion criterion : star.criteria()) {
                for (Element element : criterion.elements()) {
                    rows.add(row(star, criterion, element));
                }
            }
        }
        return rows;
    }

    private static Row row(Star star, Criterion criterion, Element element) {
        return new Row(star.name(), criterion.id(), element.id(), element.name(), element.kind().name(), plain(element.max()),
                plain(element.each()), plain(element.threshold()), levels(element), parts(element), penalties(element));
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String levels(Element element) {
        return element.levels().stream().map(l -> l.id() + " " + plain(l.points())).collect(Collectors.joining("；"));
    }

    static String parts(Element element) {
        return element.parts().stream().map(p -> p.id() + " ≤" + plain(p.max()) + (p.half() == null ? "" : " " + p.half().name().toLowerCase()))
                .collect(Collectors.joining("；"));
    }

    static String penalties(Element element) {
        return element.penalties().stream().map(p -> p.id() + " −" + plain(p.points())).collect(Collectors.joining("；"));
    }
}
