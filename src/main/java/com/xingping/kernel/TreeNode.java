package com.xingping.kernel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A node of a parsed JSON or YAML document together with its place in the document. Reading a
 * value of the wrong shape reports a problem naming the place and returns null, so a reader can
 * walk on and report every problem of a document in one pass.
 */
public final class TreeNode {
    private final Value node;
    private final Problems problems;
    // the place is only spelt out when a problem names it: reading a valid document builds no strings
    private final String fixedPlace;
    private final TreeNode parent;
    private final String name;
    private final int index;

    public TreeNode(Value node, String place, Problems problems) {
        this(node, problems, place, null, null, -1);
    }

    private TreeNode(Value node, Problems problems, String fixedPlace, TreeNode parent, String name, int index) {
        this.node = node;
        this.problems = problems;
        this.fixedPlace = fixedPlace;
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    public String place() {
        if (fixedPlace != null) {
            return fixedPlace;
        }
        String parentPlace = parent.place();
        if (name == null) {
            return parentPlace + "[" + index + "]";
        }
        return parentPlace.isEmpty() ? name : parentPlace + "." + name;
    }

    public Problems problems() {
        return problems;
    }

    /** Absent, or given as JSON null. */
    public boolean isAbsent() {
        return node == null || node.isNull();
    }

    public TreeNode field(String name) {
        Value child = node == null || !node.isObject() ? null : node.get(name);
        return new TreeNode(child, problems, null, this, name, -1);
    }

    public void problem(String reason) {
        problems.add(place(), reason);
    }

    /** Reports every field not named; returns false when there was one. */
    public boolean allowOnly(String... names) {
        if (node == null || !node.isObject()) {
            return true;
        }
        boolean clean = true;
        for (int i = 0; i < node.size(); i++) {
            String field = node.name(i);
            if (!isOneOf(field, names)) {
                field(field).problem("unknown field (expected one of " + String.join(", ", names) + ")");
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
            return value.intValueExact();
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
            items.add(new TreeNode(node.get(i), problems, null, this, null, i));
        }
        return items;
    }

    /** Visits the fields of an object in document order; none when absent. */
    public void forEachEntry(BiConsumer<String, TreeNode> visitor) {
        if (isAbsent()) {
            return;
        }
        if (!node.isObject()) {
            problem("must be an object");
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            visitor.accept(node.name(i), new TreeNode(node.get(i), problems, null, this, node.name(i), -1));
        }
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

    private static boolean isOneOf(String field, String[] names) {
        for (String candidate : names) {
            if (candidate.equals(field)) {
                return true;
            }
        }
        return false;
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
