package io.switchboard.interfaces.rest.openapi;

import io.switchboard.domain.shared.Keyed;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Schemas of the Java types the resources read and write, made the way JSON-B writes them (record
 * components, @JsonbProperty names, explicit nulls, enums by key): SmallRye cannot see the
 * application layer's records (they live outside the web module), and deriving them here keeps
 * the document true to what the server sends.
 */
final class JavaSchemas {

    private static final String PREFIX = "#/components/schemas/";

    private final Components components;
    private final Map<String, String> named = new HashMap<>();

    JavaSchemas(Components components) {
        this.components = components;
    }

    /** A schema of the type: inline for simple ones, a reference to a component for objects. */
    Schema of(Type type) {
        return of(type, Map.of(), null);
    }

    /** The same, naming the component as given (Board and Category share one Java record). */
    Schema of(Type type, String name) {
        return of(type, Map.of(), name);
    }

    private Schema of(Type type, Map<TypeVariable<?>, Type> bound, String name) {
        if (type instanceof TypeVariable<?> variable) {
            return of(bound.getOrDefault(variable, Object.class), bound, name);
        }
        if (type instanceof WildcardType wildcard) {
            return of(wildcard.getUpperBounds()[0], bound, name);
        }
        if (type instanceof GenericArrayType array) {
            return array(of(array.getGenericComponentType(), bound, null));
        }
        Class<?> raw = raw(type);
        Optional<Schema> simple = simple(raw);
        if (simple.isPresent()) {
            return simple.get();
        }
        if (raw.isArray()) {
            return array(of(raw.getComponentType(), bound, null));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return array(of(argument(type, 0, bound), bound, null));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema()
                    .type(SchemaType.OBJECT)
                    .additionalPropertiesSchema(of(argument(type, 1, bound), bound, null));
        }
        return component(type, raw, bound, name);
    }

    private Schema component(Type type, Class<?> raw, Map<TypeVariable<?>, Type> outer, String name) {
        String key = resolved(type, outer) + "#" + (name == null ? "" : name);
        String existing = named.get(key);
        if (existing != null) {
            return SharedParts.ref(existing);
        }
        String published = name != null ? name : unique(componentName(type, raw, outer), raw);
        named.put(key, published);
        Map<TypeVariable<?>, Type> bound = new HashMap<>(outer);
        if (type instanceof ParameterizedType p) {
            TypeVariable<?>[] vars = raw.getTypeParameters();
            for (int i = 0; i < vars.length; i++) {
                bound.put(vars[i], resolve(p.getActualTypeArguments()[i], outer));
            }
        }
        // Nullable as a whole: OpenAPI 3.0 ignores "nullable" beside a $ref, so a property that may be
        // null refers to a component that may be.
        Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT).nullable(Boolean.TRUE);
        boolean shape = ShapeAnnotations.isRequestShape(raw);
        ShapeAnnotations.describeType(raw, schema);
        components.addSchema(published, schema);
        Map<String, Schema> properties = new TreeMap<>();
        List<String> required = new ArrayList<>();
        for (Property p : properties(raw)) {
            Schema property = of(p.type(), bound, null);
            boolean mandatory = shape
                    ? ShapeAnnotations.required(p.annotated())
                    : raw(p.type()).isPrimitive();
            if ((!mandatory || !shape) && !raw(p.type()).isPrimitive() && property.getRef() == null) {
                property.setNullable(Boolean.TRUE);
            }
            ShapeAnnotations.describe(p.annotated(), property);
            properties.put(p.name(), property);
            if (mandatory || !shape) {
                required.add(p.name());
            }
        }
        schema.setProperties(properties);
        if (!required.isEmpty()) {
            schema.setRequired(required.stream().sorted().toList());
        }
        if (shape) {
            schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
        }
        return SharedParts.ref(published);
    }

    private String unique(String name, Class<?> raw) {
        String candidate = name;
        Schema taken =
                components.getSchemas() == null ? null : components.getSchemas().get(candidate);
        if (taken != null && named.containsValue(candidate)) {
            candidate = raw.getEnclosingClass() == null
                    ? name + "2"
                    : raw.getEnclosingClass().getSimpleName() + name;
        }
        return candidate;
    }

    private static String componentName(Type type, Class<?> raw, Map<TypeVariable<?>, Type> bound) {
        org.eclipse.microprofile.openapi.annotations.media.Schema annotated =
                raw.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (annotated != null && !annotated.name().isBlank()) {
            return annotated.name();
        }
        String base = SchemaNames.published(raw);
        if (type instanceof ParameterizedType p) {
            StringBuilder generic = new StringBuilder(raw.getSimpleName());
            StringBuilder published = new StringBuilder();
            for (Type argument : p.getActualTypeArguments()) {
                Class<?> arg = raw(resolve(argument, bound));
                generic.append(arg.getSimpleName());
                published.append(SchemaNames.published(arg));
            }
            return SchemaNames.NAMES.getOrDefault(generic.toString(), published + base);
        }
        return base;
    }

    /** JSON-B's properties: record components, otherwise public getters and fields. */
    private static List<Property> properties(Class<?> raw) {
        List<Property> out = new ArrayList<>();
        if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                if (!c.isAnnotationPresent(JsonbTransient.class)
                        && !c.getAccessor().isAnnotationPresent(JsonbTransient.class)) {
                    out.add(new Property(jsonName(c.getName(), c.getAccessor()), c.getGenericType(), c.getAccessor()));
                }
            }
            return out;
        }
        Map<String, Property> found = new LinkedHashMap<>();
        for (Method m : raw.getMethods()) {
            if (m.getParameterCount() == 0
                    && !Modifier.isStatic(m.getModifiers())
                    && m.getDeclaringClass() != Object.class
                    && !m.isAnnotationPresent(JsonbTransient.class)) {
                String n = m.getName();
                String prop = n.startsWith("get") && n.length() > 3
                        ? decapitalise(n.substring(3))
                        : n.startsWith("is") && n.length() > 2 && raw(m.getGenericReturnType()) == boolean.class
                                ? decapitalise(n.substring(2))
                                : null;
                if (prop != null) {
                    found.put(prop, new Property(jsonName(prop, m), m.getGenericReturnType(), m));
                }
            }
        }
        for (java.lang.reflect.Field f : raw.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !f.isAnnotationPresent(JsonbTransient.class)) {
                found.putIfAbsent(f.getName(), new Property(jsonName(f.getName(), f), f.getGenericType(), f));
            }
        }
        out.addAll(found.values());
        return out;
    }

    private static String jsonName(String name, java.lang.reflect.AnnotatedElement element) {
        JsonbProperty p = element.getAnnotation(JsonbProperty.class);
        return p == null || p.value().isBlank() ? name : p.value();
    }

    private static String decapitalise(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    record Property(String name, Type type, java.lang.reflect.AnnotatedElement annotated) {}

    private static Optional<Schema> simple(Class<?> raw) {
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return Optional.of(type(SchemaType.STRING, null));
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Optional.of(type(SchemaType.BOOLEAN, null));
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
            return Optional.of(type(SchemaType.INTEGER, "int32"));
        }
        if (raw == long.class || raw == Long.class) {
            return Optional.of(type(SchemaType.INTEGER, "int64"));
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            return Optional.of(type(SchemaType.NUMBER, raw == float.class || raw == Float.class ? "float" : "double"));
        }
        if (raw == BigDecimal.class || Number.class == raw) {
            return Optional.of(type(SchemaType.NUMBER, null));
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return Optional.of(type(SchemaType.STRING, "date-time"));
        }
        if (raw == LocalDate.class) {
            return Optional.of(type(SchemaType.STRING, "date"));
        }
        if (raw == LocalDateTime.class || raw == Duration.class) {
            return Optional.of(type(SchemaType.STRING, null));
        }
        if (raw == URI.class) {
            return Optional.of(type(SchemaType.STRING, "uri"));
        }
        if (raw == UUID.class) {
            return Optional.of(type(SchemaType.STRING, "uuid"));
        }
        if (raw == byte[].class) {
            return Optional.of(type(SchemaType.STRING, "byte"));
        }
        if (raw.isEnum()) {
            return Optional.of(type(SchemaType.STRING, null).enumeration(keys(raw)));
        }
        if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return Optional.of(OASFactory.createSchema());
        }
        String shared = SharedParts.standsFor(raw);
        return shared == null ? Optional.empty() : Optional.of(SharedParts.ref(shared));
    }

    private static List<Object> keys(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(c -> c instanceof Keyed k ? (Object) k.key() : ((Enum<?>) c).name())
                .toList();
    }

    private static Schema type(SchemaType type, String format) {
        Schema s = OASFactory.createSchema().type(type);
        return format == null ? s : s.format(format);
    }

    private static Schema array(Schema items) {
        return OASFactory.createSchema().type(SchemaType.ARRAY).items(items);
    }

    private static Type argument(Type type, int index, Map<TypeVariable<?>, Type> bound) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return resolve(p.getActualTypeArguments()[index], bound);
        }
        return Object.class;
    }

    private static Type resolve(Type type, Map<TypeVariable<?>, Type> bound) {
        return type instanceof TypeVariable<?> v ? bound.getOrDefault(v, Object.class) : type;
    }

    private static String resolved(Type type, Map<TypeVariable<?>, Type> bound) {
        if (type instanceof ParameterizedType p) {
            StringBuilder out = new StringBuilder(p.getRawType().getTypeName()).append('<');
            for (Type a : p.getActualTypeArguments()) {
                out.append(resolved(resolve(a, bound), bound)).append(',');
            }
            return out.append('>').toString();
        }
        return type.getTypeName();
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType a) {
            return Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
        }
        return Object.class;
    }
}
