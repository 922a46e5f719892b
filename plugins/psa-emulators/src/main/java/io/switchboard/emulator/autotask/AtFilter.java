package io.switchboard.emulator.autotask;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Autotask's JSON filter: a list of {@code {op, field, value, udf, items}} conditions, all of
 * which must hold. Operators {@code eq noteq gt gte lt lte beginsWith endsWith contains exist
 * notExist in notIn}, grouped by {@code and}/{@code or} with {@code items}. Field names are
 * case-insensitive; text compares case-insensitively; booleans must be literally true or false;
 * at most 500 OR conditions.
 */
final class AtFilter {

    static final int MAX_OR_CONDITIONS = 500;
    private static final Set<String> OPS = Set.of(
            "eq",
            "noteq",
            "gt",
            "gte",
            "lt",
            "lte",
            "beginswith",
            "endswith",
            "contains",
            "exist",
            "notexist",
            "in",
            "notin",
            "and",
            "or");

    private final AtFields.Entity entity;
    private int orConditions;

    private AtFilter(AtFields.Entity entity) {
        this.entity = entity;
    }

    /** The predicate of a filter list; a malformed one is refused with Autotask's kind of message. */
    static Predicate<Map<String, Object>> of(AtFields.Entity entity, Object filter) {
        AtFilter f = new AtFilter(entity);
        Predicate<Map<String, Object>> p = f.all(filter == null ? List.of() : list(filter, "filter"));
        if (f.orConditions > MAX_OR_CONDITIONS) {
            throw AtErrors.rejected(
                    "Invalid query syntax. Queries are limited to " + MAX_OR_CONDITIONS + " or fewer 'OR' conditions.");
        }
        return p;
    }

    private Predicate<Map<String, Object>> all(List<?> items) {
        List<Predicate<Map<String, Object>>> parts = new ArrayList<>();
        for (Object item : items) {
            parts.add(condition(item));
        }
        return r -> parts.stream().allMatch(p -> p.test(r));
    }

    private Predicate<Map<String, Object>> condition(Object item) {
        if (!(item instanceof Map<?, ?> c)) {
            throw AtErrors.rejected("Invalid query syntax. Each filter item must be an object with an 'op'.");
        }
        String op = text(get(c, "op")).toLowerCase(Locale.ROOT);
        if (!OPS.contains(op)) {
            throw AtErrors.rejected("Invalid query syntax. Unknown operator '" + text(get(c, "op")) + "'.");
        }
        if (op.equals("and") || op.equals("or")) {
            List<?> items = list(get(c, "items"), "items");
            if (op.equals("and")) {
                return all(items);
            }
            orConditions += items.size();
            List<Predicate<Map<String, Object>>> parts = new ArrayList<>();
            for (Object x : items) {
                parts.add(condition(x));
            }
            return r -> parts.stream().anyMatch(p -> p.test(r));
        }
        boolean udf = Boolean.TRUE.equals(get(c, "udf")) || "true".equals(String.valueOf(get(c, "udf")));
        String field = text(get(c, "field"));
        if (field.isEmpty()) {
            throw AtErrors.rejected("Invalid query syntax. The '" + op + "' condition needs a field.");
        }
        AtFields.Field def = udf
                ? null
                : entity.field(field)
                        .orElseThrow(() ->
                                AtErrors.rejected("Unable to find " + field + " in the " + entity.name() + " entity."));
        Object value = get(c, "value");
        if (!op.equals("exist") && !op.equals("notexist") && value == null && !c.containsKey("value")) {
            throw AtErrors.rejected("Invalid query syntax. The '" + op + "' condition on " + field + " needs a value.");
        }
        if ((op.equals("in") || op.equals("notin")) && !(value instanceof List)) {
            throw AtErrors.rejected(
                    "Invalid query syntax. The '" + op + "' condition on " + field + " needs an array value.");
        }
        if (def != null
                && def.dataType().equals("boolean")
                && !isBoolean(value)
                && !op.startsWith("exist")
                && !op.equals("notexist")) {
            throw AtErrors.rejected("Invalid value for " + def.name() + ": booleans must be true or false.");
        }
        String name = def == null ? field : def.name();
        String type = def == null ? "string" : def.dataType();
        return r -> test(op, udf ? udfValue(r, name) : valueOf(r, name), value, type);
    }

    private static boolean test(String op, Object actual, Object wanted, String type) {
        return switch (op) {
            case "exist" -> actual != null && !"".equals(actual);
            case "notexist" -> actual == null || "".equals(actual);
            case "eq" -> actual != null && compare(actual, wanted, type) == 0;
            case "noteq" -> actual == null || compare(actual, wanted, type) != 0;
            case "gt" -> actual != null && compare(actual, wanted, type) > 0;
            case "gte" -> actual != null && compare(actual, wanted, type) >= 0;
            case "lt" -> actual != null && compare(actual, wanted, type) < 0;
            case "lte" -> actual != null && compare(actual, wanted, type) <= 0;
            case "beginswith" -> actual != null && lower(actual).startsWith(lower(wanted));
            case "endswith" -> actual != null && lower(actual).endsWith(lower(wanted));
            case "contains" -> actual != null && lower(actual).contains(lower(wanted));
            case "in" -> actual != null && ((List<?>) wanted).stream().anyMatch(w -> compare(actual, w, type) == 0);
            case "notin" -> actual == null || ((List<?>) wanted).stream().noneMatch(w -> compare(actual, w, type) == 0);
            default -> false;
        };
    }

    /** Compares a stored value with a filter value of the field's type; values that do not compare are unequal. */
    static int compare(Object actual, Object wanted, String type) {
        if (wanted == null) {
            return 1;
        }
        if (actual instanceof Number a) {
            Double w = number(wanted);
            return w == null ? 2 : Double.compare(a.doubleValue(), w);
        }
        if (actual instanceof Boolean a) {
            return a.toString().equals(String.valueOf(wanted)) ? 0 : 2;
        }
        if (type.equals("datetime")) {
            Instant a = instant(actual.toString());
            Instant w = instant(wanted.toString());
            if (a != null && w != null) {
                return a.compareTo(w);
            }
        }
        return lower(actual).compareTo(lower(wanted));
    }

    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }

    private static Double number(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.valueOf(v.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isBoolean(Object v) {
        return v instanceof Boolean || "true".equals(v) || "false".equals(v);
    }

    static Object valueOf(Map<String, Object> record, String field) {
        for (Map.Entry<String, Object> e : record.entrySet()) {
            if (e.getKey().equalsIgnoreCase(field)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Object udfValue(Map<String, Object> record, String name) {
        if (valueOf(record, "userDefinedFields") instanceof List<?> udfs) {
            for (Object u : udfs) {
                if (u instanceof Map<?, ?> m && name.equalsIgnoreCase(String.valueOf(m.get("name")))) {
                    return m.get("value");
                }
            }
        }
        return null;
    }

    private static Object get(Map<?, ?> m, String key) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (String.valueOf(e.getKey()).equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static List<?> list(Object v, String what) {
        if (!(v instanceof List<?> l)) {
            throw AtErrors.rejected("Invalid query syntax. '" + what + "' must be an array of conditions.");
        }
        return l;
    }

    private static String text(Object v) {
        return v == null ? "" : v.toString().trim();
    }

    private static String lower(Object v) {
        return String.valueOf(v).toLowerCase(Locale.ROOT);
    }
}
