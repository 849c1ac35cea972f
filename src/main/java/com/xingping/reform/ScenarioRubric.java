package com.xingping.reform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.xingping.rubric.Rubric;
import com.xingping.rubric.RubricException;
import com.xingping.rubric.RubricLoader;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A scenario's rubric: YAML text (a copy of the year's, edited by hand or with {@link ScenarioChanges} applied)
 * read by the same loader as every rubric, its problems named in Chinese.
 *
 * @param text the YAML the scenario is saved with
 */
record ScenarioRubric(Rubric rubric, String text) {
    static final int MAX_TEXT = 512 * 1024;
    private static final YAMLMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** Reads {@code text}, applies {@code changes} (may be null) and reads the result; refused whole with every problem. */
    static ScenarioRubric of(String text, ScenarioChanges changes, Rubric year) {
        Map<String, String> names = names(year);
        if (text == null || text.isBlank()) {
            throw new ScenarioRefused(List.of(new ScenarioProblem("rubric", "细则文本", "不能为空")));
        }
        if (text.length() > MAX_TEXT) {
            throw new ScenarioRefused(List.of(new ScenarioProblem("rubric", "细则文本", "超过 " + MAX_TEXT / 1024 + " KB")));
        }
        Rubric rubric = read(text, names);
        if (changes == null || changes.isEmpty()) {
            return checked(new ScenarioRubric(rubric, text), year);
        }
        String changed = apply(text, changes, rubric);
        return checked(new ScenarioRubric(read(changed, names), changed), year);
    }

    private static ScenarioRubric checked(ScenarioRubric scenario, Rubric year) {
        if (scenario.rubric().year() != year.year()) {
            throw new ScenarioRefused(List.of(new ScenarioProblem("year", "年度",
                    "须为本年度 " + year.year() + "，不能是 " + scenario.rubric().year())));
        }
        return scenario;
    }

    private static Rubric read(String text, Map<String, String> names) {
        try {
            return RubricLoader.parse(text, "scenario");
        } catch (RubricException e) {
            throw new ScenarioRefused(RubricProblems.zh(e.problems(), names));
        }
    }

    /** The ids' Chinese names (stars, criteria, elements) that problems are told with. */
    static Map<String, String> names(Rubric rubric) {
        Map<String, String> names = new LinkedHashMap<>();
        rubric.stars().forEach(star -> {
            names.put(star.id(), star.name());
            star.criteria().forEach(criterion -> names.put(criterion.id(), criterion.name()));
        });
        rubric.elements().forEach(element -> names.put(element.id(), element.name()));
        return names;
    }

    private static String apply(String text, ScenarioChanges changes, Rubric rubric) {
        List<ScenarioProblem> problems = new ArrayList<>();
        for (String id : changes.elements().keySet()) {
            if (rubric.element(id).isEmpty()) {
                problems.add(new ScenarioProblem("elements." + id, "项目", "细则中没有这个项目"));
            }
        }
        if (changes.conductVetoTies() != null && !Set.of("pass", "fail").contains(changes.conductVetoTies())) {
            problems.add(new ScenarioProblem("conductVetoTies", "末位并列规则", "只能是“并列者通过”或“并列者均否决”"));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioRefused(problems);
        }
        ObjectNode root;
        try {
            root = (ObjectNode) YAML.readTree(text);
        } catch (JacksonException | ClassCastException e) {
            throw new ScenarioRefused(List.of(new ScenarioProblem("rubric", "细则文本", "格式有误，无法读取")));
        }
        ObjectNode policy = (ObjectNode) root.get("policy");
        if (changes.starThreshold() != null) {
            policy.put("starThreshold", changes.starThreshold());
        }
        if (changes.falsificationMultiplier() != null) {
            policy.put("falsificationMultiplier", changes.falsificationMultiplier());
        }
        if (changes.conductVetoBottom() != null) {
            policy.put("conductVetoBottom", changes.conductVetoBottom());
        }
        if (changes.conductVetoTies() != null) {
            policy.put("conductVetoTies", changes.conductVetoTies());
        }
        if (changes.bonusCap() != null) {
            ((ObjectNode) root.get("bonus")).put("cap", changes.bonusCap());
        }
        Set<String> done = new HashSet<>();
        for (JsonNode star : root.get("stars")) {
            for (JsonNode criterion : star.get("criteria")) {
                for (JsonNode element : criterion.get("elements")) {
                    ScenarioChanges.ElementChange change = changes.elements().get(element.get("id").asString());
                    if (change == null || !done.add(element.get("id").asString())) {
                        continue;
                    }
                    if (change.max() != null) {
                        BigDecimal delta = change.max().subtract(element.get("max").decimalValue());
                        ((ObjectNode) element).put("max", change.max());
                        add((ObjectNode) criterion, delta);
                        add((ObjectNode) star, delta);
                        add(root, delta);
                    }
                    if (change.each() != null) {
                        ((ObjectNode) element).put("each", change.each());
                    }
                }
            }
        }
        return YAML.writeValueAsString(root);
    }

    private static void add(ObjectNode node, BigDecimal delta) {
        node.put("points", node.get("points").decimalValue().add(delta));
    }
}
