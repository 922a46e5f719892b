package io.switchboard.plugins.autotask;

import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An Autotask filter built from typed parts and written with a JSON builder: field names are
 * checked against a fixed shape, values are JSON values (a hostile search string stays one JSON
 * string), so no input can change the structure of the query.
 */
final class QueryFilter {

    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final JsonObject condition;

    private QueryFilter(JsonObject condition) {
        this.condition = condition;
    }

    static QueryFilter eq(String field, Object value) {
        return compare("eq", field, value);
    }

    static QueryFilter gte(String field, Object value) {
        return compare("gte", field, value);
    }

    static QueryFilter lt(String field, Object value) {
        return compare("lt", field, value);
    }

    static QueryFilter gt(String field, Object value) {
        return compare("gt", field, value);
    }

    static QueryFilter contains(String field, String value) {
        return compare("contains", field, value);
    }

    static QueryFilter exists(String field) {
        return new QueryFilter(JsonValues.JSON
                .createObjectBuilder()
                .add("op", "exist")
                .add("field", field(field))
                .build());
    }

    static QueryFilter in(String field, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("in needs at least one value");
        }
        JsonArrayBuilder list = JsonValues.JSON.createArrayBuilder();
        values.forEach(v -> list.add(value(v)));
        return new QueryFilter(JsonValues.JSON
                .createObjectBuilder()
                .add("op", "in")
                .add("field", field(field))
                .add("value", list)
                .build());
    }

    static QueryFilter and(QueryFilter... parts) {
        return group("and", List.of(parts));
    }

    static QueryFilter or(QueryFilter... parts) {
        return group("or", List.of(parts));
    }

    /** The {@code QueryModel}: the conditions (all must hold), at most {@code maxRecords} a page. */
    static String query(int maxRecords, List<String> includeFields, QueryFilter... all) {
        JsonArrayBuilder filter = JsonValues.JSON.createArrayBuilder();
        for (QueryFilter f : all) {
            filter.add(f.condition);
        }
        JsonObjectBuilder model = JsonValues.JSON.createObjectBuilder().add("MaxRecords", maxRecords);
        if (!includeFields.isEmpty()) {
            JsonArrayBuilder fields = JsonValues.JSON.createArrayBuilder();
            includeFields.forEach(f -> fields.add(field(f)));
            model.add("IncludeFields", fields);
        }
        return model.add("filter", filter).build().toString();
    }

    JsonObject json() {
        return condition;
    }

    private static QueryFilter group(String op, List<QueryFilter> parts) {
        JsonArrayBuilder items = JsonValues.JSON.createArrayBuilder();
        parts.forEach(p -> items.add(p.condition));
        return new QueryFilter(JsonValues.JSON
                .createObjectBuilder()
                .add("op", op)
                .add("items", items)
                .build());
    }

    private static QueryFilter compare(String op, String field, Object value) {
        return new QueryFilter(JsonValues.JSON
                .createObjectBuilder()
                .add("op", op)
                .add("field", field(field))
                .add("value", value(value))
                .build());
    }

    private static String field(String name) {
        if (!FIELD.matcher(name).matches()) {
            throw new IllegalArgumentException("not a field name: " + name);
        }
        return name;
    }

    private static jakarta.json.JsonValue value(Object v) {
        if (v == null) {
            return jakarta.json.JsonValue.NULL;
        }
        if (v instanceof Boolean b) {
            return b ? jakarta.json.JsonValue.TRUE : jakarta.json.JsonValue.FALSE;
        }
        if (v instanceof Long || v instanceof Integer) {
            return JsonValues.JSON.createValue(((Number) v).longValue());
        }
        if (v instanceof Instant i) {
            return JsonValues.JSON.createValue(i.truncatedTo(ChronoUnit.MILLIS).toString());
        }
        return JsonValues.JSON.createValue(v.toString());
    }
}
