package io.switchboard.interfaces.rest.http;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.TreeMap;

/**
 * One spelling of a JSON text: no insignificant whitespace, object members in key order, numbers
 * in their shortest exact form, strings with one escaping. Two bodies that mean the same JSON
 * are the same request to an Idempotency-Key; text that is no JSON stays as it is.
 */
final class CanonicalJson {

    private CanonicalJson() {}

    static String of(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            StringBuilder out = new StringBuilder(text.length());
            write(reader.readValue(), out);
            return out.toString();
        } catch (JsonException | IllegalStateException e) {
            return text;
        }
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                out.append('{');
                boolean first = true;
                for (var member : new TreeMap<>(object).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    out.append(Json.createValue(member.getKey())).append(':');
                    write(member.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                out.append('[');
                for (int i = 0; i < array.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(array.get(i), out);
                }
                out.append(']');
            }
            case NUMBER -> {
                var number = ((JsonNumber) value).bigDecimalValue().stripTrailingZeros();
                out.append(number.scale() <= 0 ? number.toBigIntegerExact().toString() : number.toPlainString());
            }
            case STRING -> out.append(Json.createValue(((JsonString) value).getString()));
            default -> out.append(value);
        }
    }
}
