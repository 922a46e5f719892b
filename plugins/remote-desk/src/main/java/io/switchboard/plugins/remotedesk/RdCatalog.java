package io.switchboard.plugins.remotedesk;

import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.psa.CatalogEntry;
import io.switchboard.plugin.psa.CatalogKind;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The other desk's boards, workflow statuses (the same for every board), agents, companies and
 * contacts; priorities and ticket types are Switchboard's own fixed sets. A search fragment
 * filters the answer here, or goes to the contact search as a URL-encoded parameter.
 */
final class RdCatalog {

    private static final int PAGE = 100;
    private static final List<String> PRIORITIES = List.of("critical", "high", "medium", "low");
    private static final List<String> TYPES = List.of("incident", "service_request", "problem", "change");

    private final RdHttp http;

    RdCatalog(RdHttp http) {
        this.http = http;
    }

    List<CatalogEntry> list(CatalogKind kind, String query, int page) throws RemoteFailure {
        List<CatalogEntry> all = switch (kind) {
            case BOARD, QUEUE ->
                objects("/boards").stream()
                        .filter(b -> JsonValues.flag(b, "active"))
                        .map(b -> entry(b, "name", Map.of()))
                        .toList();
            case STATUS ->
                JsonValues.objects(JsonValues.get(
                                http.call("GET", "/workflow", null, Map.of()).object(), "statuses"))
                        .stream()
                        .map(s -> new CatalogEntry(
                                JsonValues.string(s, "key"),
                                JsonValues.string(s, "name"),
                                null,
                                Map.of(
                                        "closed",
                                                Boolean.toString(List.of("resolved", "closed")
                                                        .contains(String.valueOf(JsonValues.string(s, "category"))
                                                                .toLowerCase(Locale.ROOT))),
                                        "sort", String.valueOf(JsonValues.string(s, "position")))))
                        .toList();
            case PRIORITY -> fixed(PRIORITIES);
            case TICKET_TYPE -> fixed(TYPES);
            case MEMBER ->
                objects("/agents").stream()
                        .filter(a -> JsonValues.flag(a, "active"))
                        .map(a -> entry(
                                a,
                                "name",
                                Map.of(
                                        "identifier", String.valueOf(JsonValues.string(a, "username")),
                                        "email", String.valueOf(JsonValues.string(a, "email")))))
                        .toList();
            case COMPANY ->
                objects("/companies").stream()
                        .filter(c -> JsonValues.flag(c, "active"))
                        .map(c -> entry(c, "name", Map.of()))
                        .toList();
            case CONTACT ->
                RdPages.items(http.call(
                                        "GET",
                                        "/contacts?pageSize=" + PAGE + "&page=" + page
                                                + (query == null || query.isBlank()
                                                        ? ""
                                                        : "&q="
                                                                + URLEncoder.encode(
                                                                        query.strip(), StandardCharsets.UTF_8)),
                                        null,
                                        Map.of())
                                .json())
                        .stream()
                        .map(c -> entry(c, "name", Map.of("email", String.valueOf(JsonValues.string(c, "email")))))
                        .toList();
            case ROLE, CONFIGURATION -> List.of();
        };
        if (kind == CatalogKind.CONTACT) {
            return all;
        }
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<CatalogEntry> found = all.stream()
                .filter(e -> q.isEmpty() || e.name().toLowerCase(Locale.ROOT).contains(q))
                .toList();
        int from = Math.min(found.size(), (page - 1) * PAGE);
        return found.subList(from, Math.min(found.size(), from + PAGE));
    }

    private List<JsonObject> objects(String path) throws RemoteFailure {
        return RdPages.all(http, path);
    }

    private static List<CatalogEntry> fixed(List<String> keys) {
        return keys.stream()
                .map(k -> new CatalogEntry(
                        k,
                        k.substring(0, 1).toUpperCase(Locale.ROOT)
                                + k.substring(1).replace('_', ' '),
                        null,
                        Map.of()))
                .toList();
    }

    private static CatalogEntry entry(JsonObject o, String nameKey, Map<String, String> attributes) {
        return new CatalogEntry(JsonValues.string(o, "id"), JsonValues.string(o, nameKey), null, attributes);
    }
}
