package io.switchboard.emulator.connectwise;

import io.switchboard.emulator.EmulatorServer.Reply;
import io.switchboard.emulator.EmulatorServer.Request;
import io.switchboard.emulator.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What every ConnectWise list and count endpoint shares: {@code conditions}, {@code orderBy},
 * {@code fields}, navigable paging ({@code page}, {@code pageSize} up to 1,000, a Link header
 * with first/prev/next/last) and forward-only paging ({@code pagination-type: forward-only}
 * with {@code pageId}, a Link header to the next pageId, empty on the last page).
 */
final class CwListing {

    static final int DEFAULT_PAGE_SIZE = 25;
    static final int MAX_PAGE_SIZE = 1000;

    private CwListing() {}

    static List<Map<String, Object>> matching(Request r, Collection<Map<String, Object>> records) {
        Set<String> fields = fieldNames(records);
        Predicate<Map<String, Object>> p;
        try {
            p = Conditions.parse(r.param("conditions").orElse(null), fields);
        } catch (ConditionError e) {
            throw CwErrors.badRequest("InvalidFilter", e.getMessage());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> rec : records) {
            try {
                if (p.test(rec)) {
                    out.add(rec);
                }
            } catch (ConditionError e) {
                throw CwErrors.badRequest("InvalidFilter", e.getMessage());
            }
        }
        return out;
    }

    static Reply count(Request r, Collection<Map<String, Object>> records) {
        return Reply.json(200, Json.obj("count", (long) matching(r, records).size()));
    }

    static Reply list(Request r, Collection<Map<String, Object>> records) {
        List<Map<String, Object>> all = matching(r, records);
        int pageSize = pageSize(r);
        boolean forwardOnly = r.header("pagination-type")
                .map("forward-only"::equalsIgnoreCase)
                .orElse(false);
        List<Map<String, Object>> page;
        String link;
        if (forwardOnly) {
            if (r.param("orderBy").isPresent()) {
                throw CwErrors.badRequest("InvalidObject", "orderBy cannot be used with forward-only pagination");
            }
            long after = r.param("pageId").map(CwListing::number).orElse(0L);
            page = all.stream()
                    .filter(x -> CwStore.id(x) > after)
                    .sorted(Comparator.comparingLong(CwStore::id))
                    .limit(pageSize + 1L)
                    .toList();
            boolean more = page.size() > pageSize;
            page = more ? page.subList(0, pageSize) : page;
            link = more
                    ? "<" + url(r, Map.of("pageId", Long.toString(CwStore.id(page.get(page.size() - 1)))))
                            + ">; rel=\"next\""
                    : "";
        } else {
            r.param("orderBy").ifPresent(o -> all.sort(order(o)));
            int pageNo =
                    r.param("page").map(CwListing::number).map(Long::intValue).orElse(1);
            if (pageNo < 1) {
                throw CwErrors.badRequest("InvalidObject", "page must be 1 or more");
            }
            int from = Math.min(all.size(), (pageNo - 1) * pageSize);
            page = all.subList(from, Math.min(all.size(), from + pageSize));
            int last = Math.max(1, (all.size() + pageSize - 1) / pageSize);
            List<String> rels = new ArrayList<>();
            if (pageNo > 1) {
                rels.add(rel(r, 1, pageSize, "first"));
                rels.add(rel(r, pageNo - 1, pageSize, "prev"));
            }
            if (pageNo < last) {
                rels.add(rel(r, pageNo + 1, pageSize, "next"));
                rels.add(rel(r, last, pageSize, "last"));
            }
            link = rels.isEmpty() ? null : String.join(", ", rels);
        }
        List<Object> body = new ArrayList<>();
        String fields = r.param("fields").orElse(null);
        for (Map<String, Object> rec : page) {
            body.add(fields == null ? Json.copy(rec) : project(rec, fields));
        }
        Reply reply = Reply.json(200, body);
        return link == null ? reply : reply.with("Link", link);
    }

    static Map<String, Object> project(Map<String, Object> rec, String fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : fields.split(",")) {
            String path = f.trim();
            if (path.isEmpty()) {
                continue;
            }
            Object value = Conditions.resolve(rec, path);
            String[] parts = path.split("/");
            Map<String, Object> at = out;
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> nested =
                        (Map<String, Object>) at.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
                at = nested;
            }
            at.put(parts[parts.length - 1], Json.copy(value));
        }
        return out;
    }

    private static int pageSize(Request r) {
        long size = r.param("pageSize").map(CwListing::number).orElse((long) DEFAULT_PAGE_SIZE);
        if (size < 1) {
            throw CwErrors.badRequest("InvalidObject", "pageSize must be 1 or more");
        }
        return (int) Math.min(size, MAX_PAGE_SIZE);
    }

    private static long number(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw CwErrors.badRequest("InvalidObject", "'" + s + "' is not a number");
        }
    }

    private static Comparator<Map<String, Object>> order(String orderBy) {
        Comparator<Map<String, Object>> c = null;
        for (String part : orderBy.split(",")) {
            String[] words = part.trim().split("\\s+");
            if (words[0].isEmpty() || words.length > 2) {
                throw CwErrors.badRequest("InvalidObject", "orderBy must look like 'field asc' or 'field desc'");
            }
            boolean desc = words.length == 2 && words[1].equalsIgnoreCase("desc");
            if (words.length == 2 && !desc && !words[1].equalsIgnoreCase("asc")) {
                throw CwErrors.badRequest("InvalidObject", "orderBy direction must be asc or desc, not " + words[1]);
            }
            String path = words[0];
            Comparator<Map<String, Object>> one = Comparator.comparing(
                    (Map<String, Object> x) -> sortKey(Conditions.resolve(x, path)), CwListing::compareKeys);
            one = desc ? one.reversed() : one;
            c = c == null ? one : c.thenComparing(one);
        }
        return c.thenComparingLong(CwStore::id);
    }

    /** A reference sorts by its sort order where it has one (priorities, statuses), else by name. */
    private static Object sortKey(Object v) {
        if (v instanceof Map<?, ?> m) {
            Object sort = m.get("sort") != null ? m.get("sort") : m.get("sortOrder");
            return sort != null ? sort : m.get("name");
        }
        return v;
    }

    private static int compareKeys(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return a.toString().toLowerCase(Locale.ROOT).compareTo(b.toString().toLowerCase(Locale.ROOT));
    }

    private static Set<String> fieldNames(Collection<Map<String, Object>> records) {
        Set<String> names = new TreeSet<>();
        for (Map<String, Object> rec : records) {
            rec.keySet().forEach(k -> names.add(k.toLowerCase(Locale.ROOT)));
            if (rec.get("_info") instanceof Map<?, ?> info) {
                info.keySet().forEach(k -> names.add(k.toString().toLowerCase(Locale.ROOT)));
            }
            if (names.size() > 10) {
                break; // one or two records name every field; do not walk ten thousand
            }
        }
        names.addAll(Set.of("id", "lastupdated", "dateentered", "updatedby"));
        return names;
    }

    private static String rel(Request r, int page, int pageSize, String rel) {
        return "<" + url(r, Map.of("page", Integer.toString(page), "pageSize", Integer.toString(pageSize)))
                + ">; rel=\"" + rel + "\"";
    }

    /** The request's own URL with some parameters replaced. */
    private static String url(Request r, Map<String, String> replace) {
        Map<String, String> params = new LinkedHashMap<>();
        r.query().forEach((k, v) -> params.put(k, v.get(0)));
        replace.forEach((k, v) -> {
            params.keySet().removeIf(x -> x.equalsIgnoreCase(k));
            params.put(k, v);
        });
        StringBuilder sb = new StringBuilder(r.baseUrl()).append(r.path());
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            sb.append(sep)
                    .append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return sb.toString();
    }
}
