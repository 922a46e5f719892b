package io.switchboard.plugins.connectwise;

import static io.switchboard.plugins.connectwise.Condition.contains;
import static io.switchboard.plugins.connectwise.Condition.eq;

import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.psa.CatalogEntry;
import io.switchboard.plugin.psa.CatalogKind;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Boards, statuses per board, priorities, members, companies, contacts and ticket configurations for pickers. */
final class CwCatalog {

    private static final int PAGE = 100;
    private final CwApi cw;

    CwCatalog(CwApi cw) {
        this.cw = cw;
    }

    List<CatalogEntry> list(CatalogKind kind, String parentId, String query, int page) throws RemoteFailure {
        return switch (kind) {
            case BOARD ->
                entries("/service/boards", filter(eq("inactiveFlag", false), "name", query), page, "name", null);
            case STATUS -> {
                if (parentId == null) {
                    yield List.of();
                }
                yield cw
                        .list(
                                "/service/boards/" + ConnectWiseProvider.number(parentId, "board id") + "/statuses",
                                Map.of("pageSize", "1000", "orderBy", "sortOrder asc"))
                        .stream()
                        .map(s -> entry(
                                s,
                                "name",
                                parentId,
                                Map.of(
                                        "closed", Boolean.toString(JsonValues.flag(s, "closedStatus")),
                                        "default", Boolean.toString(JsonValues.flag(s, "defaultFlag")),
                                        "inactive", Boolean.toString(JsonValues.flag(s, "inactive")),
                                        "sort", String.valueOf(JsonValues.string(s, "sortOrder")))))
                        .toList();
            }
            case PRIORITY ->
                cw.list("/service/priorities", Map.of("pageSize", "1000", "orderBy", "sortOrder asc")).stream()
                        .map(p -> entry(
                                p,
                                "name",
                                null,
                                Map.of(
                                        "sort", String.valueOf(JsonValues.string(p, "sortOrder")),
                                        "default", Boolean.toString(JsonValues.flag(p, "defaultFlag")))))
                        .toList();
            case MEMBER ->
                cw.list("/system/members", page(filter(eq("inactiveFlag", false), "identifier", query), page)).stream()
                        .map(m -> entry(
                                m,
                                "name",
                                null,
                                Map.of(
                                        "identifier", String.valueOf(JsonValues.string(m, "identifier")),
                                        "email", String.valueOf(JsonValues.string(m, "officeEmail")))))
                        .toList();
            case COMPANY -> entries("/company/companies", filter(null, "name", query), page, "name", "identifier");
            case CONTACT ->
                entries(
                        "/company/contacts",
                        filter(
                                parentId == null
                                        ? null
                                        : eq("company/id", ConnectWiseProvider.number(parentId, "company id")),
                                "name",
                                query),
                        page,
                        "name",
                        null);
            case CONFIGURATION ->
                parentId == null
                        ? List.of()
                        : cw
                                .list(
                                        ConnectWiseProvider.TICKETS + "/"
                                                + ConnectWiseProvider.number(parentId, "ticket id") + "/configurations",
                                        Map.of("pageSize", "1000"))
                                .stream()
                                .map(c -> entry(
                                        c,
                                        "name",
                                        parentId,
                                        Map.of(
                                                "deviceIdentifier",
                                                String.valueOf(JsonValues.string(c, "deviceIdentifier")))))
                                .toList();
            case ROLE, TICKET_TYPE, QUEUE -> List.of();
        };
    }

    private static Condition filter(Condition base, String field, String query) {
        if (query == null || query.isBlank()) {
            return base;
        }
        Condition q = contains(field, query.strip());
        return base == null ? q : base.and(q);
    }

    private static Map<String, String> page(Condition where, int page) {
        Map<String, String> q = new LinkedHashMap<>();
        if (where != null) {
            q.put("conditions", where.toString());
        }
        q.put("orderBy", "name asc");
        q.put("pageSize", Integer.toString(PAGE));
        q.put("page", Integer.toString(page));
        return q;
    }

    private List<CatalogEntry> entries(String path, Condition where, int page, String nameKey, String extra)
            throws RemoteFailure {
        return cw.list(path, page(where, page)).stream()
                .map(o -> entry(
                        o,
                        nameKey,
                        null,
                        extra == null ? Map.of() : Map.of(extra, String.valueOf(JsonValues.string(o, extra)))))
                .toList();
    }

    private static CatalogEntry entry(JsonObject o, String nameKey, String parent, Map<String, String> attributes) {
        return new CatalogEntry(JsonValues.string(o, "id"), JsonValues.string(o, nameKey), parent, attributes);
    }
}
