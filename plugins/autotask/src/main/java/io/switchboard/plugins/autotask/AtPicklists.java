package io.switchboard.plugins.autotask;

import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Picklists as the tenant defines them, read from {@code entityInformation/fields} once per
 * entity and kept: status, priority, queue, ticket type, note type, publish. Never hard-coded;
 * only the meaning of status 5 (Complete) is Autotask's own.
 */
final class AtPicklists {

    /** Autotask's system status Complete. */
    static final String COMPLETE = "5";

    /** One value: its label, whether it is the default, active, and its sort order. */
    record Value(String value, String label, boolean isDefault, boolean active, int sort) {}

    private final Map<String, Map<String, Map<String, Value>>> byEntity = new ConcurrentHashMap<>();

    /** The values of a picklist field in their sort order. */
    List<Value> values(AtApi api, String entity, String field) throws RemoteFailure {
        return List.copyOf(field(api, entity, field).values());
    }

    Optional<String> label(AtApi api, String entity, String field, String value) throws RemoteFailure {
        if (value == null) {
            return Optional.empty();
        }
        Value v = field(api, entity, field).get(value);
        return Optional.ofNullable(v == null ? null : v.label());
    }

    Optional<String> defaultValue(AtApi api, String entity, String field) throws RemoteFailure {
        List<Value> values = values(api, entity, field);
        return values.stream()
                .filter(Value::isDefault)
                .map(Value::value)
                .findFirst()
                .or(() ->
                        values.stream().filter(Value::active).map(Value::value).findFirst());
    }

    /** The first active value whose label contains {@code fragment}, case-insensitively. */
    Optional<String> valueLabelled(AtApi api, String entity, String field, String fragment) throws RemoteFailure {
        String f = fragment.toLowerCase(Locale.ROOT);
        return values(api, entity, field).stream()
                .filter(v -> v.active() && v.label().toLowerCase(Locale.ROOT).contains(f))
                .map(Value::value)
                .findFirst();
    }

    private Map<String, Value> field(AtApi api, String entity, String field) throws RemoteFailure {
        Map<String, Map<String, Value>> fields = byEntity.get(entity);
        if (fields == null) {
            fields = load(api, entity);
            byEntity.put(entity, fields);
        }
        return fields.getOrDefault(field.toLowerCase(Locale.ROOT), Map.of());
    }

    private static Map<String, Map<String, Value>> load(AtApi api, String entity) throws RemoteFailure {
        JsonObject answer = api.get(entity + "/entityInformation/fields");
        Map<String, Map<String, Value>> out = new LinkedHashMap<>();
        for (JsonObject f : JsonValues.objects(JsonValues.get(answer, "fields"))) {
            if (!JsonValues.flag(f, "isPickList")) {
                continue;
            }
            Map<String, Value> values = new LinkedHashMap<>();
            JsonValues.objects(JsonValues.get(f, "picklistValues")).stream()
                    .map(AtPicklists::value)
                    .sorted(java.util.Comparator.comparingInt(Value::sort))
                    .forEach(v -> values.put(v.value(), v));
            out.put(JsonValues.string(f, "name").toLowerCase(Locale.ROOT), values);
        }
        return out;
    }

    private static Value value(JsonObject p) {
        String sort = JsonValues.string(p, "sortOrder");
        String active = JsonValues.string(p, "isActive");
        return new Value(
                JsonValues.string(p, "value"),
                JsonValues.string(p, "label"),
                JsonValues.flag(p, "isDefaultValue"),
                active == null || active.equalsIgnoreCase("true") || active.equals("1"),
                sort == null || !sort.matches("-?\\d+") ? 0 : Integer.parseInt(sort));
    }
}
