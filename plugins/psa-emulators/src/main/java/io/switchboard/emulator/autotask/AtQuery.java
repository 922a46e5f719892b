package io.switchboard.emulator.autotask;

import static io.switchboard.emulator.Json.obj;

import io.switchboard.emulator.EmulatorServer.Request;
import io.switchboard.emulator.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The query API of an entity: {@code query?search={json}} or a POSTed {@code QueryModel}
 * ({@code MaxRecords} 1..500, default 500; {@code IncludeFields}; {@code filter}), answered
 * by id with {@code pageDetails}; {@code nextPageUrl} is {@code …/query/next?paging=…} and
 * serves the same query from where the page ended, by GET or POST alike.
 */
final class AtQuery {

    static final int MAX_RECORDS = 500;

    /** One query in progress: what matches, how much a page holds, and the first id of each page served. */
    private record Paging(String entity, Predicate<Map<String, Object>> filter, int max, List<String> include) {}

    private record PageToken(Paging paging, long afterId, String previous) {}

    private final AtStore db;
    private final Map<String, PageToken> tokens = new ConcurrentHashMap<>();

    AtQuery(AtStore db) {
        this.db = db;
    }

    /** {@code {"items": [...], "pageDetails": {...}}} for the first page of the request's query. */
    Map<String, Object> first(Request r, AtFields.Entity entity) {
        Map<String, Object> model = model(r);
        int max = maxRecords(model);
        List<String> include = includeFields(model);
        Paging paging = new Paging(entity.name(), AtFilter.of(entity, get(model, "filter")), max, include);
        if (!include.isEmpty() && include.stream().noneMatch("id"::equalsIgnoreCase) && count(paging) > MAX_RECORDS) {
            throw AtErrors.rejected("For search results that contain more than " + MAX_RECORDS
                    + " results, you must include Id as a field.");
        }
        return page(r, new PageToken(paging, Long.MIN_VALUE, null));
    }

    /** The page a {@code paging} token names. */
    Map<String, Object> next(Request r) {
        String token = r.param("paging").orElseThrow(() -> AtErrors.rejected("The paging parameter is required."));
        PageToken t = tokens.get(token);
        if (t == null) {
            throw AtErrors.rejected("The paging token is invalid or has expired.");
        }
        return page(r, t);
    }

    Map<String, Object> count(Request r, AtFields.Entity entity) {
        Map<String, Object> model = model(r);
        return obj(
                "queryCount",
                count(new Paging(entity.name(), AtFilter.of(entity, get(model, "filter")), 1, List.of())));
    }

    private long count(Paging p) {
        return db.rows(p.entity()).values().stream().filter(p.filter()).count();
    }

    private Map<String, Object> page(Request r, PageToken at) {
        Paging p = at.paging();
        TreeMap<Long, Map<String, Object>> rows = db.rows(p.entity());
        List<Object> items = new ArrayList<>();
        long last = at.afterId();
        boolean more = false;
        for (Map<String, Object> row : rows.tailMap(at.afterId(), false).values()) {
            if (!p.filter().test(row)) {
                continue;
            }
            if (items.size() == p.max()) {
                more = true;
                break;
            }
            items.add(project(row, p.include()));
            last = ((Number) row.get("id")).longValue();
        }
        String self = remember(at);
        String next = more ? remember(new PageToken(p, last, self)) : null;
        return obj(
                "items",
                items,
                "pageDetails",
                obj(
                        "count",
                        items.size(),
                        "requestCount",
                        p.max(),
                        "prevPageUrl",
                        at.previous() == null ? null : url(r, p.entity(), at.previous()),
                        "nextPageUrl",
                        next == null ? null : url(r, p.entity(), next)));
    }

    private String remember(PageToken t) {
        String token = UUID.randomUUID().toString().replace("-", "");
        tokens.put(token, t);
        return token;
    }

    private static String url(Request r, String entity, String token) {
        return r.baseUrl() + "/ATServicesRest/V1.0/" + entity + "/query/next?paging=" + token;
    }

    private static Map<String, Object> project(Map<String, Object> row, List<String> include) {
        Map<String, Object> copy = Json.copy(row);
        if (include.isEmpty()) {
            return copy;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        copy.forEach((k, v) -> {
            if (include.stream().anyMatch(k::equalsIgnoreCase)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The QueryModel from {@code ?search=} or the body; keys in any casing. */
    static Map<String, Object> model(Request r) {
        String text = r.param("search").orElse(r.method().equals("POST") ? r.text() : "");
        if (text.isBlank()) {
            return Map.of();
        }
        try {
            return Json.object(text);
        } catch (IllegalArgumentException e) {
            throw AtErrors.rejected("Invalid query syntax. The search is not a JSON object: " + e.getMessage());
        }
    }

    private static int maxRecords(Map<String, Object> model) {
        Object v = get(model, "maxRecords");
        if (v == null) {
            return MAX_RECORDS;
        }
        if (!(v instanceof Number n) || n.longValue() < 1 || n.longValue() > MAX_RECORDS) {
            throw AtErrors.rejected("MaxRecords must be between 1 and " + MAX_RECORDS + ".");
        }
        return n.intValue();
    }

    private static List<String> includeFields(Map<String, Object> model) {
        Object v = get(model, "includeFields");
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw AtErrors.rejected("IncludeFields must be an array of field names.");
        }
        return l.stream().map(String::valueOf).toList();
    }

    private static Object get(Map<String, Object> m, String key) {
        return AtFilter.valueOf(m, key);
    }
}
