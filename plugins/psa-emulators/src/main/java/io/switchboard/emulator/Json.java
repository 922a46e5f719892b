package io.switchboard.emulator;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON in and out of plain Java values: objects are {@code Map<String, Object>} in insertion
 * order, arrays {@code List<Object>}, numbers {@code Long} or {@code Double}, plus String,
 * Boolean and null. The emulators keep their records in this shape.
 */
public final class Json {

    private static final JsonProvider JSON = JsonProvider.provider();

    private Json() {}

    /** Parses a document; a syntax error is an {@link IllegalArgumentException} with the parser's words. */
    public static Object parse(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            return toJava(reader.readValue());
        } catch (JsonParsingException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (jakarta.json.JsonException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String text) {
        Object parsed = parse(text);
        if (!(parsed instanceof Map)) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        return (Map<String, Object>) parsed;
    }

    public static Object toJava(JsonValue v) {
        return switch (v.getValueType()) {
            case OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                ((JsonObject) v).forEach((k, x) -> m.put(k, toJava(x)));
                yield m;
            }
            case ARRAY -> {
                List<Object> l = new ArrayList<>();
                ((JsonArray) v).forEach(x -> l.add(toJava(x)));
                yield l;
            }
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> {
                JsonNumber n = (JsonNumber) v;
                yield n.isIntegral() ? (Object) n.longValue() : (Object) n.doubleValue();
            }
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    public static String write(Object value) {
        return toJson(value).toString();
    }

    @SuppressWarnings("unchecked")
    public static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Map<?, ?> m) {
            JsonObjectBuilder b = JSON.createObjectBuilder();
            ((Map<String, Object>) m).forEach((k, x) -> b.add(k, toJson(x)));
            return b.build();
        }
        if (value instanceof List<?> l) {
            JsonArrayBuilder b = JSON.createArrayBuilder();
            l.forEach(x -> b.add(toJson(x)));
            return b.build();
        }
        if (value instanceof String s) {
            return JSON.createValue(s);
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer i) {
            return JSON.createValue(i.longValue());
        }
        if (value instanceof Long l) {
            return JSON.createValue(l);
        }
        if (value instanceof Number n) {
            return JSON.createValue(n.doubleValue());
        }
        return JSON.createValue(value.toString());
    }

    /** A map literal in insertion order; nulls allowed, unlike {@code Map.of}. */
    public static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** A deep copy, so that a record handed out cannot be changed through the copy. */
    @SuppressWarnings("unchecked")
    public static <T> T copy(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> c = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, x) -> c.put(k, copy(x)));
            return (T) c;
        }
        if (value instanceof List<?> l) {
            List<Object> c = new ArrayList<>();
            l.forEach(x -> c.add(copy(x)));
            return (T) c;
        }
        return value;
    }
}
