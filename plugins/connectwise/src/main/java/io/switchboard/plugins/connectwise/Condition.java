package io.switchboard.plugins.connectwise;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A ConnectWise {@code conditions} expression built from typed parts: field paths are checked
 * against a fixed shape, values are rendered as literals (quoted strings, bracketed datetimes,
 * bare numbers and booleans), so no input can change the structure of the query.
 */
final class Condition {

    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(/[A-Za-z][A-Za-z0-9_]*)*");

    private final String text;

    private Condition(String text) {
        this.text = text;
    }

    static Condition eq(String field, Object value) {
        return compare(field, "=", value);
    }

    static Condition gt(String field, Object value) {
        return compare(field, ">", value);
    }

    static Condition ge(String field, Object value) {
        return compare(field, ">=", value);
    }

    static Condition contains(String field, String value) {
        return compare(field, "contains", value);
    }

    static Condition in(String field, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("in () needs at least one value");
        }
        return new Condition(field(field) + " in ("
                + values.stream().map(Condition::literal).collect(Collectors.joining(", ")) + ")");
    }

    Condition and(Condition other) {
        return new Condition("(" + text + ") and (" + other.text + ")");
    }

    Condition or(Condition other) {
        return new Condition("(" + text + ") or (" + other.text + ")");
    }

    private static Condition compare(String field, String op, Object value) {
        return new Condition(field(field) + " " + op + " " + literal(value));
    }

    private static String field(String path) {
        if (!FIELD.matcher(path).matches()) {
            throw new IllegalArgumentException("not a field path: " + path);
        }
        return path;
    }

    /** A value as a literal of the grammar. A string gets quotes it does not contain; a string with both loses its double quotes. */
    static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (value instanceof Long || value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof Instant i) {
            return "[" + i.truncatedTo(ChronoUnit.SECONDS) + "]";
        }
        String s = Objects.toString(value).replaceAll("[\\r\\n]", " ");
        if (!s.contains("\"")) {
            return "\"" + s + "\"";
        }
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        return "\"" + s.replace("\"", "") + "\"";
    }

    @Override
    public String toString() {
        return text;
    }

    static List<String> of(Condition c) {
        return List.of(c.text);
    }
}
