package io.switchboard.plugins.psasupport;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Lenient reading of a PSA's JSON: keys in any casing (real servers vary), numbers or strings for
 * ids, absent or null alike.
 */
public final class JsonValues {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonValues() {}

    public static JsonValue parse(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    public static JsonValue get(JsonObject o, String key) {
        if (o == null) {
            return null;
        }
        JsonValue v = o.get(key);
        if (v != null) {
            return v;
        }
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    public static JsonObject object(JsonObject o, String key) {
        JsonValue v = get(o, key);
        return v instanceof JsonObject x ? x : null;
    }

    public static List<JsonObject> objects(JsonValue array) {
        if (!(array instanceof JsonArray a)) {
            return List.of();
        }
        return a.stream()
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .toList();
    }

    public static String string(JsonObject o, String key) {
        JsonValue v = get(o, key);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.isIntegral() ? Long.toString(n.longValue()) : n.toString();
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v.toString();
        }
        return null;
    }

    public static boolean flag(JsonObject o, String key) {
        JsonValue v = get(o, key);
        return v == JsonValue.TRUE
                || (v instanceof JsonString s && s.getString().equalsIgnoreCase("true"));
    }

    public static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
