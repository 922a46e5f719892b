package io.switchboard.interfaces.rest.json;

import io.switchboard.domain.shared.FieldError;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.Keyed;
import io.switchboard.domain.shared.Patch;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads a JSON request body field by field, collecting every problem (wrong type, unknown field,
 * unknown value, missing field) so that one answer lists them all. Nothing is applied unless
 * {@link #done()} passes.
 */
public final class JsonInput {

    /** Looked up once: {@code Json.create...} finds the provider anew (a service lookup) on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final JsonObject json;
    private final List<FieldError> errors = new ArrayList<>();

    private JsonInput(JsonObject json) {
        this.json = json;
    }

    /** Parses a body that must be a JSON object with only the given fields. */
    public static JsonInput parse(String body, Set<String> allowedFields) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "is empty; send a JSON object");
        }
        JsonValue value;
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new MalformedJsonException(
                    at == null
                            ? "The body is not valid JSON."
                            : "The body is not valid JSON (line " + at.getLineNumber() + ", column "
                                    + at.getColumnNumber() + ").");
        } catch (jakarta.json.JsonException e) {
            throw new MalformedJsonException("The body is not valid JSON.");
        }
        if (!(value instanceof JsonObject object)) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        JsonInput input = new JsonInput(object);
        new TreeSet<>(object.keySet())
                .stream()
                        .filter(k -> !allowedFields.contains(k))
                        .forEach(k -> input.errors.add(new FieldError(
                                k,
                                "is not a field of this request; fields: "
                                        + String.join(", ", new TreeSet<>(allowedFields)))));
        return input;
    }

    /**
     * Parses a body that must be a JSON object with only the fields of the given shape: the
     * record the API document publishes for this body, so the two cannot drift apart.
     */
    public static JsonInput parse(String body, Class<? extends Record> shape) {
        return parse(body, fields(shape));
    }

    /** The field names of a body shape: its record components. */
    public static Set<String> fields(Class<? extends Record> shape) {
        Set<String> names = new LinkedHashSet<>();
        for (RecordComponent c : shape.getRecordComponents()) {
            names.add(c.getName());
        }
        return Set.copyOf(names);
    }

    public boolean has(String field) {
        return json.containsKey(field);
    }

    public String string(String field) {
        return read(field, v -> v instanceof JsonString s ? s.getString() : fail(field, "must be a string"));
    }

    public String requiredString(String field) {
        if (!has(field) || json.isNull(field)) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return string(field);
    }

    public Boolean bool(String field) {
        return read(
                field,
                v -> v == JsonValue.TRUE
                        ? Boolean.TRUE
                        : v == JsonValue.FALSE ? Boolean.FALSE : fail(field, "must be true or false"));
    }

    public boolean bool(String field, boolean defaultValue) {
        Boolean b = bool(field);
        return b == null ? defaultValue : b;
    }

    public Long id(String field) {
        return read(
                field,
                v -> v instanceof JsonNumber n && n.isIntegral() && exactLong(n) != null && n.longValue() > 0
                        ? n.longValue()
                        : fail(field, "must be a positive whole number"));
    }

    public Long number(String field) {
        return read(
                field,
                v -> v instanceof JsonNumber n && n.isIntegral() && exactLong(n) != null
                        ? n.longValue()
                        : fail(field, "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE));
    }

    /** The number as a long, or null when it does not fit: longValue() would silently cut it. */
    private static Long exactLong(JsonNumber n) {
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    public Instant instant(String field) {
        return read(field, v -> {
            if (v instanceof JsonString s) {
                try {
                    return Instant.parse(s.getString());
                } catch (DateTimeParseException e) {
                    // fall through to the message below
                }
            }
            return fail(field, "must be an ISO-8601 instant like 2026-11-22T14:00:00Z");
        });
    }

    public <E extends Enum<E> & Keyed> E keyed(String field, Class<E> type) {
        if (has(field) && !json.isNull(field) && !(json.get(field) instanceof JsonString)) {
            errors.add(new FieldError(field, "must be one of: " + String.join(", ", Keyed.keys(type))));
            return null;
        }
        String key = string(field);
        if (key == null) {
            return null;
        }
        try {
            return Keyed.parse(type, field, key);
        } catch (InvalidInputException e) {
            errors.add(new FieldError(field, e.errors().get(0).message()));
            return null;
        }
    }

    public Set<String> strings(String field) {
        return read(field, v -> {
            if (v.getValueType() != JsonValue.ValueType.ARRAY) {
                return fail(field, "must be an array of strings");
            }
            Set<String> out = new LinkedHashSet<>();
            for (JsonValue item : v.asJsonArray()) {
                if (!(item instanceof JsonString s)) {
                    return fail(field, "must be an array of strings");
                }
                out.add(s.getString());
            }
            return out;
        });
    }

    public Set<Long> ids(String field) {
        return read(field, v -> {
            if (v.getValueType() != JsonValue.ValueType.ARRAY) {
                return fail(field, "must be an array of ids");
            }
            Set<Long> out = new LinkedHashSet<>();
            for (JsonValue item : v.asJsonArray()) {
                if (!(item instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 1) {
                    return fail(field, "must be an array of positive whole numbers");
                }
                out.add(n.longValue());
            }
            return out;
        });
    }

    /** The raw value, for fields with more than one accepted shape (an id or "me"). */
    public JsonValue raw(String field) {
        return has(field) ? json.get(field) : null;
    }

    /** A field of a partial update: unchanged if absent, set (possibly to null) if present. */
    public <T> Patch<T> patch(String field, Function<String, T> reader) {
        if (!has(field)) {
            return Patch.unchanged();
        }
        return Patch.set(json.isNull(field) ? null : reader.apply(field));
    }

    /** Records a problem found by the caller while interpreting a field. */
    public void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Throws one 400 that lists every problem found so far. */
    public void done() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(List.copyOf(errors));
        }
    }

    private <T> T read(String field, Function<JsonValue, T> reader) {
        if (!has(field) || json.isNull(field)) {
            return null;
        }
        try {
            return reader.apply(json.get(field));
        } catch (FieldProblem p) {
            errors.add(new FieldError(field, p.getMessage()));
            return null;
        }
    }

    private static <T> T fail(String field, String message) {
        throw new FieldProblem(message);
    }

    private static final class FieldProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FieldProblem(String message) {
            super(message, null, false, false);
        }
    }
}
