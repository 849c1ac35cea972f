package com.xingping.kernel;

import java.math.BigDecimal;
import java.util.Arrays;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;

/**
 * A JSON or YAML value read straight from a Jackson token stream. Objects are two arrays (names and
 * values in document order), so reading needs only jackson-core: no databind tree with a
 * LinkedHashMap per object, and no databind classes to load when the {@code score} command starts.
 * A property given twice in one object is refused, as Jackson's strict duplicate detection would.
 */
public final class Value {
    private static final Value[] NONE = new Value[0];
    private static final String[] NO_NAMES = new String[0];
    // Above this many properties a hash table finds duplicates faster than comparing every pair.
    private static final int PAIRWISE_LIMIT = 12;
    private static final Value NULL = new Value(JsonToken.VALUE_NULL, null, null, null, null);
    private static final Value TRUE = new Value(JsonToken.VALUE_TRUE, null, null, null, null);
    private static final Value FALSE = new Value(JsonToken.VALUE_FALSE, null, null, null, null);

    private final JsonToken kind;
    private final String text;
    private final BigDecimal number;
    private final String[] names;
    private final Value[] values;

    private Value(JsonToken kind, String text, BigDecimal number, String[] names, Value[] values) {
        this.kind = kind;
        this.text = text;
        this.number = number;
        this.names = names;
        this.values = values;
    }

    /** Reads the value that starts at the parser's current token, leaving the parser on its last token. */
    public static Value read(JsonParser parser) {
        return new Reader(parser).read();
    }

    /** An object of the given properties, e.g. a document's header read property by property. */
    public static Value object(String[] names, Value[] values) {
        return new Value(JsonToken.START_OBJECT, null, null, names.clone(), values.clone());
    }

    /**
     * Reads values one after another from one parser, e.g. the units of a document. Properties and
     * items are gathered in scratch arrays kept per depth, so each object or array allocates its own
     * arrays once, at their final size.
     */
    public static final class Reader {
        private final JsonParser parser;
        private String[][] names = new String[4][];
        private Value[][] values = new Value[4][];

        public Reader(JsonParser parser) {
            this.parser = parser;
        }

        /** Reads the value that starts at the parser's current token, leaving the parser on its last token. */
        public Value read() {
            return value(0);
        }

        private Value value(int depth) {
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> object(depth);
                case START_ARRAY -> array(depth);
                case VALUE_STRING -> new Value(token, parser.getString(), null, null, null);
                // exact: 0.59999999999999999999 stays what it says, never a double
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Value(token, null, parser.getDecimalValue(), null, null);
                case VALUE_TRUE -> TRUE;
                case VALUE_FALSE -> FALSE;
                case VALUE_NULL -> NULL;
                default -> throw new StreamReadException(parser, "unexpected " + token);
            };
        }

        private Value object(int depth) {
            scratch(depth);
            int size = 0;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                Value value = value(depth + 1);
                if (size == names[depth].length) {
                    names[depth] = Arrays.copyOf(names[depth], size * 2);
                    values[depth] = Arrays.copyOf(values[depth], size * 2);
                }
                names[depth][size] = name;
                values[depth][size++] = value;
            }
            String[] ownNames = size == 0 ? NO_NAMES : Arrays.copyOf(names[depth], size);
            String duplicate = duplicate(ownNames);
            if (duplicate != null) {
                throw new StreamReadException(parser, "Duplicate Object property \"" + duplicate + "\"");
            }
            return new Value(JsonToken.START_OBJECT, null, null, ownNames, size == 0 ? NONE : Arrays.copyOf(values[depth], size));
        }

        private Value array(int depth) {
            scratch(depth);
            int size = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                Value item = value(depth + 1);
                if (size == values[depth].length) {
                    values[depth] = Arrays.copyOf(values[depth], size * 2);
                }
                values[depth][size++] = item;
            }
            return new Value(JsonToken.START_ARRAY, null, null, null, size == 0 ? NONE : Arrays.copyOf(values[depth], size));
        }

        private void scratch(int depth) {
            if (depth == names.length) {
                names = Arrays.copyOf(names, depth * 2);
                values = Arrays.copyOf(values, depth * 2);
            }
            if (names[depth] == null) {
                names[depth] = new String[16];
                values[depth] = new Value[16];
            }
        }
    }

    /** The first name given twice, or null. */
    public static String duplicate(String[] names) {
        if (names.length <= PAIRWISE_LIMIT) {
            for (int i = 1; i < names.length; i++) {
                for (int j = 0; j < i; j++) {
                    if (names[i].equals(names[j])) {
                        return names[i];
                    }
                }
            }
            return null;
        }
        // open addressing in one array: a HashSet would allocate a node per name
        String[] table = new String[Integer.highestOneBit(names.length) << 2];
        int mask = table.length - 1;
        for (String name : names) {
            int slot = name.hashCode() & mask;
            while (table[slot] != null) {
                if (table[slot].equals(name)) {
                    return name;
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = name;
        }
        return null;
    }

    public boolean isNull() {
        return kind == JsonToken.VALUE_NULL;
    }

    public boolean isObject() {
        return kind == JsonToken.START_OBJECT;
    }

    public boolean isArray() {
        return kind == JsonToken.START_ARRAY;
    }

    public boolean isString() {
        return kind == JsonToken.VALUE_STRING;
    }

    public boolean isNumber() {
        return number != null;
    }

    public boolean isBoolean() {
        return kind == JsonToken.VALUE_TRUE || kind == JsonToken.VALUE_FALSE;
    }

    public String stringValue() {
        return text;
    }

    public BigDecimal decimalValue() {
        return number;
    }

    public boolean booleanValue() {
        return kind == JsonToken.VALUE_TRUE;
    }

    /** Properties of an object, items of an array, 0 otherwise. */
    public int size() {
        return isObject() ? names.length : isArray() ? values.length : 0;
    }

    /** The object's property of that name, or null. */
    public Value get(String name) {
        if (!isObject()) {
            return null;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    /** The i-th property name of an object. */
    public String name(int i) {
        return names[i];
    }

    /** The i-th property value of an object or item of an array. */
    public Value get(int i) {
        return values[i];
    }

    /** Compact JSON, as a problem line quotes the value it refuses. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        write(out);
        return out.toString();
    }

    private void write(StringBuilder out) {
        switch (kind) {
            case START_OBJECT -> {
                out.append('{');
                for (int i = 0; i < names.length; i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    quote(names[i], out);
                    out.append(':');
                    values[i].write(out);
                }
                out.append('}');
            }
            case START_ARRAY -> {
                out.append('[');
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    values[i].write(out);
                }
                out.append(']');
            }
            case VALUE_STRING -> quote(text, out);
            case VALUE_TRUE -> out.append("true");
            case VALUE_FALSE -> out.append("false");
            case VALUE_NULL -> out.append("null");
            default -> out.append(number);
        }
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
