package io.switchboard.plugins.autotask;

import static io.switchboard.plugins.autotask.QueryFilter.contains;
import static io.switchboard.plugins.autotask.QueryFilter.eq;
import static io.switchboard.plugins.autotask.QueryFilter.or;

import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.psa.CatalogEntry;
import io.switchboard.plugin.psa.CatalogKind;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Queues (Switchboard's boards), statuses, priorities, ticket types from the tenant's
 * picklists; resources, roles, companies and contacts by query. Autotask statuses are not per
 * queue, so every board has the same ones.
 */
final class AtCatalog {

    private static final int PAGE = 100;

    private final AtApi api;
    private final AtPicklists picklists;

    AtCatalog(AtApi api, AtPicklists picklists) {
        this.api = api;
        this.picklists = picklists;
    }

    List<CatalogEntry> list(CatalogKind kind, String parentId, String query, int page) throws RemoteFailure {
        return switch (kind) {
            case BOARD, QUEUE -> picklist("queueID", null, query, page);
            case STATUS -> picklist("status", parentId, query, page);
            case PRIORITY -> picklist("priority", null, query, page);
            case TICKET_TYPE -> picklist("ticketType", null, query, page);
            case MEMBER ->
                query(
                        "Resources",
                        page,
                        query,
                        r -> entry(
                                r,
                                name(r),
                                Map.of(
                                        "email", String.valueOf(JsonValues.string(r, "email")),
                                        "identifier", String.valueOf(JsonValues.string(r, "userName")),
                                        "defaultRole",
                                                String.valueOf(JsonValues.string(r, "defaultServiceDeskRoleID")))),
                        AtDirectory.isActive(),
                        "firstName",
                        "lastName",
                        "email");
            case ROLE ->
                query(
                        "Roles",
                        page,
                        query,
                        r -> entry(r, JsonValues.string(r, "name"), Map.of()),
                        AtDirectory.isActive(),
                        "name");
            case COMPANY ->
                query(
                        "Companies",
                        page,
                        query,
                        c -> entry(
                                c,
                                JsonValues.string(c, "companyName"),
                                Map.of("identifier", String.valueOf(JsonValues.string(c, "companyNumber")))),
                        AtDirectory.isActive(),
                        "companyName");
            case CONTACT ->
                query(
                        "Contacts",
                        page,
                        query,
                        c -> entry(c, name(c), Map.of("email", String.valueOf(JsonValues.string(c, "emailAddress")))),
                        parentId == null
                                ? QueryFilter.exists("id")
                                : eq("companyID", AtPush.number(parentId, "company id")),
                        "firstName",
                        "lastName",
                        "emailAddress");
            case CONFIGURATION -> List.of();
        };
    }

    private List<CatalogEntry> picklist(String field, String parent, String query, int page) throws RemoteFailure {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<CatalogEntry> all = picklists.values(api, "Tickets", field).stream()
                .filter(v -> q.isEmpty() || v.label().toLowerCase(Locale.ROOT).contains(q))
                .map(v -> new CatalogEntry(
                        v.value(),
                        v.label(),
                        parent,
                        Map.of(
                                "closed",
                                        Boolean.toString(
                                                field.equals("status") && AtPicklists.COMPLETE.equals(v.value())),
                                "default", Boolean.toString(v.isDefault()),
                                "inactive", Boolean.toString(!v.active()),
                                "sort", Integer.toString(v.sort()))))
                .toList();
        int from = Math.min(all.size(), (page - 1) * PAGE);
        return all.subList(from, Math.min(all.size(), from + PAGE));
    }

    interface Entry {
        CatalogEntry of(JsonObject o);
    }

    private List<CatalogEntry> query(
            String entity, int page, String query, Entry entry, QueryFilter base, String... searched)
            throws RemoteFailure {
        String model;
        if (query == null || query.isBlank()) {
            model = QueryFilter.query(PAGE, List.of(), base);
        } else {
            QueryFilter[] any = new QueryFilter[searched.length];
            for (int i = 0; i < searched.length; i++) {
                any[i] = contains(searched[i], query.strip());
            }
            model = QueryFilter.query(PAGE, List.of(), base, or(any));
        }
        AtApi.Page p = api.query(entity, model);
        for (int i = 1; i < page; i++) {
            if (p.next() == null) {
                return List.of();
            }
            p = api.next(p.next(), model);
        }
        List<CatalogEntry> out = new ArrayList<>();
        for (JsonObject o : p.items()) {
            out.add(entry.of(o));
        }
        return out;
    }

    private static CatalogEntry entry(JsonObject o, String name, Map<String, String> attributes) {
        return new CatalogEntry(JsonValues.string(o, "id"), name, null, attributes);
    }

    private static String name(JsonObject o) {
        String first = JsonValues.string(o, "firstName");
        String last = JsonValues.string(o, "lastName");
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    }
}
