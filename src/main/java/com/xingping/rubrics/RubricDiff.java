package com.xingping.rubrics;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.xingping.rubric.Element;
import com.xingping.rubric.Rubric;
import com.xingping.rubric.Star;

/** What a draft changes against the rubric it was drafted from: the heading, policies, stars, and element by element. */
final class RubricDiff {
    private RubricDiff() {
    }

    enum Kind {
        ADDED, REMOVED, CHANGED
    }

    /** One change: what kind, of what ({@code element study-1a}, {@code policy}), which field, before and after. */
    record Change(Kind kind, String subject, String field, String before, String after) {
    }

    static List<Change> between(Rubric before, Rubric after) {
        List<Change> changes = new ArrayList<>();
        field(changes, "rubric", "id", before.id(), after.id());
        field(changes, "rubric", "year", String.valueOf(before.year()), String.valueOf(after.year()));
        field(changes, "rubric", "title", before.title(), after.title());
        field(changes, "rubric", "issuer", before.issuer(), after.issuer());
        field(changes, "rubric", "document", before.document(), after.document());
        field(changes, "rubric", "window", window(before), window(after));
        components(changes, "policy", before.policy(), after.policy());
        stars(changes, before, after);
        elements(changes, before, after);
        field(changes, "performance", "rules", String.valueOf(before.performanceRules()), String.valueOf(after.performanceRules()));
        components(changes, "bonus", before.bonus(), after.bonus());
        return changes;
    }

    private static void stars(List<Change> changes, Rubric before, Rubric after) {
        Map<String, Star> old = byId(before.stars(), Star::id);
        Map<String, Star> now = byId(after.stars(), Star::id);
        old.forEach((id, star) -> {
            if (!now.containsKey(id)) {
                changes.add(new Change(Kind.REMOVED, "star " + id, "", star.name() + " " + plain(star.points()), ""));
            }
        });
        now.forEach((id, star) -> {
            Star was = old.get(id);
            if (was == null) {
                changes.add(new Change(Kind.ADDED, "star " + id, "", "", star.name() + " " + plain(star.points())));
                return;
            }
            field(changes, "star " + id, "name", was.name(), star.name());
            field(changes, "star " + id, "points", plain(was.points()), plain(star.points()));
            field(changes, "star " + id, "baselines", String.valueOf(was.baselines()), String.valueOf(star.baselines()));
        });
    }

    private static void elements(List<Change> changes, Rubric before, Rubric after) {
        Map<String, Element> old = byId(before.elements(), Element::id);
        Map<String, Element> now = byId(after.elements(), Element::id);
        old.forEach((id, element) -> {
            if (!now.containsKey(id)) {
                changes.add(new Change(Kind.REMOVED, "element " + id, "", summary(element), ""));
            }
        });
        now.forEach((id, element) -> {
            Element was = old.get(id);
            if (was == null) {
                changes.add(new Change(Kind.ADDED, "element " + id, "", "", summary(element)));
                return;
            }
            String subject = "element " + id;
            field(changes, subject, "star", was.starId() + " / " + was.criterionId(), element.starId() + " / " + element.criterionId());
            field(changes, subject, "name", was.name(), element.name());
            field(changes, subject, "kind", was.kind().name(), element.kind().name());
            field(changes, subject, "max", plain(was.max()), plain(element.max()));
            field(changes, subject, "each", plain(was.each()), plain(element.each()));
            field(changes, subject, "threshold", plain(was.threshold()), plain(element.threshold()));
            field(changes, subject, "levels", ElementRows.levels(was), ElementRows.levels(element));
            field(changes, subject, "parts", ElementRows.parts(was), ElementRows.parts(element));
            field(changes, subject, "penalties", ElementRows.penalties(was), ElementRows.penalties(element));
            field(changes, subject, "source", was.source(), element.source());
        });
    }

    /** Each component of two records of one type, compared as values (0.8 equals 0.80). */
    private static void components(List<Change> changes, String subject, Record before, Record after) {
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            field(changes, subject, component.getName(), value(component, before), value(component, after));
        }
    }

    private static String value(RecordComponent component, Record of) {
        try {
            Object value = component.getAccessor().invoke(of);
            return value instanceof BigDecimal decimal ? plain(decimal) : String.valueOf(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(List<Change> changes, String subject, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(Kind.CHANGED, subject, field, before == null ? "" : before, after == null ? "" : after));
        }
    }

    private static String summary(Element element) {
        return element.name() + "（" + element.kind().name() + "，最高 " + plain(element.max())
                + (element.each() == null ? "" : "，每次 " + plain(element.each())) + "）";
    }

    private static String window(Rubric rubric) {
        return rubric.window().from() + " … " + rubric.window().to();
    }

    private static String plain(BigDecimal value) {
        return ElementRows.plain(value);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
