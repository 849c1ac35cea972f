package com.xingping.reporting;

import java.math.BigDecimal;
import java.util.List;

import com.xingping.rubric.Element;
import com.xingping.rubric.Rubric;

/**
 * The elements units report (CHECK, COUNT, TIER, THRESHOLD), grouped by star, with the levels of a TIER
 * element and the parts a record must name, for the record form and the API.
 */
public record ElementChoices(List<StarGroup> stars) {

    public record StarGroup(String id, String name, List<Choice> elements) {
    }

    public record Choice(String id, String name, String kind, String kindLabel, BigDecimal max, BigDecimal each,
                         BigDecimal threshold, String source, List<Level> levels,
                         List<PartChoice> parts) {
        /** What the select shows: "study-1a 主题教育方案（1 分）". */
        public String label() {
            return id + " " + name + "（" + kindLabel + "）";
        }
    }

    public record Level(String id, String name, BigDecimal points) {
    }

    /** A part a record of the element must name (norms-1a: 机关党建工作汇报, at most 1 分). */
    public record PartChoice(String id, String name, BigDecimal max) {
    }

    static ElementChoices of(Rubric rubric) {
        return new ElementChoices(rubric.stars().stream().map(star -> new StarGroup(star.id(), star.name(),
                star.criteria().stream().flatMap(c -> c.elements().stream()).filter(e -> e.kind().reportedByUnits())
                        .map(ElementChoices::choice).toList())).toList());
    }

    private static Choice choice(Element e) {
        return new Choice(e.id(), e.name(), e.kind().name(), kindLabel(e), e.max(), e.each(), e.threshold(), e.source(),
                e.levels().stream().map(l -> new Level(l.id(), l.name(), l.points())).toList(),
                NamedParts.of(e).stream().map(p -> new PartChoice(p.id(), p.name(), p.max())).toList());
    }

    private static String kindLabel(Element e) {
        String max = e.max().stripTrailingZeros().toPlainString();
        return switch (e.kind()) {
            case CHECK -> "一次性，" + max + " 分";
            case COUNT -> "每次 " + e.each().stripTrailingZeros().toPlainString() + " 分，最多 " + max + " 分";
            case TIER -> "按等级，最多 " + max + " 分";
            case THRESHOLD -> "比率达 " + e.threshold().movePointRight(2).stripTrailingZeros().toPlainString() + "% 得 " + max + " 分";
            default -> max + " 分";
        };
    }
}
