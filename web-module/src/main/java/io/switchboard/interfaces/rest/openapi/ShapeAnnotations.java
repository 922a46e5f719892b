package io.switchboard.interfaces.rest.openapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.lang.reflect.AnnotatedElement;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Carries the MicroProfile {@code @Schema} details written on a request shape (description,
 * example, bounds, default, required) into the derived schema.
 */
final class ShapeAnnotations {

    private static final JsonProvider JSON = JsonProvider.provider();

    private ShapeAnnotations() {}

    /** Request shapes say what they are with a class-level @Schema; the application's records never do. */
    static boolean isRequestShape(Class<?> type) {
        return annotation(type) != null;
    }

    static void describeType(Class<?> type, Schema schema) {
        var a = annotation(type);
        if (a != null && !a.description().isBlank()) {
            schema.setDescription(a.description());
        }
    }

    static boolean required(AnnotatedElement element) {
        var a = annotation(element);
        return a != null && a.required();
    }

    static void describe(AnnotatedElement element, Schema schema) {
        var a = annotation(element);
        if (a == null || schema.getRef() != null) {
            // OpenAPI 3.0 ignores everything beside a $ref: the referenced component says it all.
            return;
        }
        Schema typed = schema;
        if (!a.description().isBlank()) {
            schema.setDescription(a.description());
        }
        if (!a.example().isBlank()) {
            schema.setExample(value(a.example(), typed));
        }
        if (!a.defaultValue().isBlank()) {
            schema.setDefaultValue(value(a.defaultValue(), typed));
        }
        if (!a.format().isBlank()) {
            schema.setFormat(a.format());
        }
        if (!a.pattern().isBlank()) {
            schema.setPattern(a.pattern());
        }
        if (a.maxLength() != Integer.MAX_VALUE) {
            schema.setMaxLength(a.maxLength());
        }
        if (a.minLength() > 0) {
            schema.setMinLength(a.minLength());
        }
        if (!a.minimum().isBlank()) {
            schema.setMinimum(new BigDecimal(a.minimum()));
        }
        if (!a.maximum().isBlank()) {
            schema.setMaximum(new BigDecimal(a.maximum()));
        }
        if (a.enumeration().length > 0) {
            schema.setEnumeration(Arrays.<Object>asList((Object[]) a.enumeration()));
        }
    }

    /** An annotation's text as the JSON value it stands for, typed like the schema. */
    private static Object value(String text, Schema schema) {
        SchemaType type = schema == null ? null : schema.getType();
        if (type == SchemaType.STRING) {
            return text;
        }
        try (var reader = JSON.createReader(new StringReader(text))) {
            return plain(reader.readValue());
        } catch (RuntimeException e) {
            return text;
        }
    }

    private static Object plain(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            case NUMBER ->
                ((JsonNumber) v).isIntegral()
                        ? (Object) ((JsonNumber) v).longValue()
                        : ((JsonNumber) v).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> ((JsonArray) v).stream().map(ShapeAnnotations::plain).toList();
            case OBJECT -> {
                Map<String, Object> out = new LinkedHashMap<>();
                ((JsonObject) v).forEach((k, x) -> out.put(k, plain(x)));
                yield out;
            }
        };
    }

    private static org.eclipse.microprofile.openapi.annotations.media.Schema annotation(AnnotatedElement e) {
        return e.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    }
}
