package com.xingping.kernel;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * A node of a parsed JSON or YAML document together with its place in the document. Reading a
 * value of the wrong shape reports a problem naming the place and returns null, so a reader can
 * walk on and report every problem of a document in one pass.
 */
public final class TreeNode {
    private final JsonNode node;
    private final String place;
    private final Problems problems;

    public TreeNode(JsonNode node, String place, Problems problems) {
        this.node = node;
        this.place = place;
        this.problems = problems;
    }

    public String place() {
        return place;
    }

    public Problems problems() {
        return problems;
    }

    /** Absent, or given as JSON null. */
    public boolean isAbsent() {
        return node == null || node.isNull() || node.isMissingNode();
    }

    public TreeNode field(String name) {
        JsonNode child = node == null || !node.isObject() ? null : node.get(name);
        return new TreeNode(child, place.isEmpty() ? name : place + "." + name, problems);
    }

    public void problem(String reason) {
        problems.add(place, reason);
    }

    /** Reports every field not named; returns false when there was one. */
    public boolean allowOnly(String... names) {
        if (node == null || !node.isObject()) {
            return true;
        }
        Set<String> allowed = Set.of(names);
        boolean clean = true;
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                field(name).problem("unknown field (expected one of " + String.join(", ", names) + ")");
                clean = false;
            }
        }
        return clean;
    }

    public String text() {
        if (missing()) {
            return null;
        }
        if (!node.isString()) {
            problem("must be a string");
            return null;
        }
        return node.stringValue();
    }

    public String optionalText() {
        return isAbsent() ? null : text();
    }

    public BigDecimal decimal() {
        if (missing()) {
            return null;
        }
        if (!node.isNumber()) {
            problem("must be a number, not " + describe());
            return null;
        }
        return node.decimalValue();
    }

    /** A whole number; 2.0 is accepted as 2, 2.5 is refused. */
    public Integer integer() {
        BigDecimal value = decimal();
        if (value == null) {
            return null;
        }
        try {
            BigInteger whole = value.toBigIntegerExact();
            return whole.intValueExact();
        } catch (ArithmeticException notWhole) {
            problem("must be a whole number, not " + value.toPlainString());
            return null;
        }
    }

    public Boolean bool() {
        if (missing()) {
            return null;
        }
        if (!node.isBoolean()) {
            problem("must be true or false, not " + describe());
            return null;
        }
        return node.booleanValue();
    }

    public boolean optionalBool() {
        Boolean value = isAbsent() ? null : bool();
        return value != null && value;
    }

    /** The items of an array, each placed as {@code place[index]}; empty when absent. */
    public List<TreeNode> items() {
        if (isAbsent()) {
            return List.of();
        }
        if (!node.isArray()) {
            problem("must be a list");
            return List.of();
        }
        List<TreeNode> items = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            items.add(new TreeNode(node.get(i), place + "[" + i + "]", problems));
        }
        return items;
    }

    /** The fields of an object in document order; empty when absent. */
    public Map<String, TreeNode> entries() {
        if (isAbsent()) {
            return Map.of();
        }
        if (!node.isObject()) {
            problem("must be an object");
            return Map.of();
        }
        Map<String, TreeNode> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            entries.put(entry.getKey(), new TreeNode(entry.getValue(), place + "." + entry.getKey(), problems));
        }
        return entries;
    }

    /** The same node under another place name, e.g. {@code stars[study]} instead of {@code stars[0]}. */
    public TreeNode renamed(String newPlace) {
        return new TreeNode(node, newPlace, problems);
    }

    /** The same node at the root of another collector, so its problems can be prefixed later. */
    public TreeNode reportingTo(Problems other) {
        return new TreeNode(node, "", other);
    }

    public boolean isObject() {
        return node != null && node.isObject();
    }

    private boolean missing() {
        if (isAbsent()) {
            problem("missing");
            return true;
        }
        return false;
    }

    private String describe() {
        String text = node.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
