package io.switchboard.plugins.autotask;

import static io.switchboard.plugins.autotask.QueryFilter.in;

import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.psa.NoteVisibility;
import io.switchboard.plugin.psa.PsaTicket;
import io.switchboard.plugin.psa.RemoteAssignment;
import io.switchboard.plugin.psa.RemoteNote;
import io.switchboard.plugin.psa.RemoteRef;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Autotask tickets to the SPI's records, a page at a time: notes, secondary resources, company
 * and contact names each in one query for the whole page, picklist labels from the tenant's
 * picklists, dates read leniently. The version is {@code lastTrackedModificationDateTime}.
 */
final class AtTicketReader {

    private final AtPicklists picklists;
    private final AtDirectory directory;
    private final String webUrl;

    AtTicketReader(AtPicklists picklists, AtDirectory directory, String webUrl) {
        this.picklists = picklists;
        this.directory = directory;
        this.webUrl = webUrl;
    }

    List<PsaTicket> read(AtApi api, List<JsonObject> rows) throws RemoteFailure {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(r -> JsonValues.string(r, "id")).toList();
        Map<String, List<RemoteNote>> notes = new HashMap<>();
        for (JsonObject n :
                api.all("TicketNotes", QueryFilter.query(500, List.of(), in("ticketID", AtDirectory.numbers(ids))))) {
            notes.computeIfAbsent(JsonValues.string(n, "ticketID"), k -> new ArrayList<>())
                    .add(note(api, n));
        }
        notes.values()
                .forEach(l -> l.sort(java.util.Comparator.comparing(
                        RemoteNote::createdAt, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))));
        Map<String, List<JsonObject>> secondary = new HashMap<>();
        for (JsonObject s : api.all(
                "TicketSecondaryResources",
                QueryFilter.query(500, List.of(), in("ticketID", AtDirectory.numbers(ids))))) {
            secondary
                    .computeIfAbsent(JsonValues.string(s, "ticketID"), k -> new ArrayList<>())
                    .add(s);
        }
        Map<String, String> companies = AtDirectory.companies(
                api, rows.stream().map(r -> JsonValues.string(r, "companyID")).toList());
        Map<String, String[]> contacts = AtDirectory.contacts(
                api, rows.stream().map(r -> JsonValues.string(r, "contactID")).toList());
        List<PsaTicket> out = new ArrayList<>();
        for (JsonObject row : rows) {
            String id = JsonValues.string(row, "id");
            out.add(ticket(
                    api,
                    row,
                    notes.getOrDefault(id, List.of()),
                    secondary.getOrDefault(id, List.of()),
                    companies,
                    contacts));
        }
        return out;
    }

    private PsaTicket ticket(
            AtApi api,
            JsonObject t,
            List<RemoteNote> notes,
            List<JsonObject> secondary,
            Map<String, String> companies,
            Map<String, String[]> contacts)
            throws RemoteFailure {
        String id = JsonValues.string(t, "id");
        String modified = JsonValues.string(t, "lastTrackedModificationDateTime");
        if (modified == null) {
            modified = JsonValues.string(t, "lastActivityDate");
        }
        String status = JsonValues.string(t, "status");
        String owner = JsonValues.string(t, "assignedResourceID");
        List<RemoteAssignment> assignments = new ArrayList<>();
        if (owner != null) {
            assignments.add(new RemoteAssignment(
                    "primary:" + owner, member(api, owner), JsonValues.string(t, "assignedResourceRoleID"), true));
        }
        for (JsonObject s : secondary) {
            String resource = JsonValues.string(s, "resourceID");
            if (resource != null) {
                assignments.add(new RemoteAssignment(
                        JsonValues.string(s, "id"), member(api, resource), JsonValues.string(s, "roleID"), false));
            }
        }
        String contactId = JsonValues.string(t, "contactID");
        String[] contact = contactId == null ? null : contacts.get(contactId);
        String companyId = JsonValues.string(t, "companyID");
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "ticketNumber", JsonValues.string(t, "ticketNumber"));
        put(fields, "dueDateTime", JsonValues.string(t, "dueDateTime"));
        put(fields, "resolution", JsonValues.string(t, "resolution"));
        put(fields, "ticketType", label(api, "ticketType", JsonValues.string(t, "ticketType")));
        put(fields, "source", label(api, "source", JsonValues.string(t, "source")));
        return new PsaTicket(
                id,
                modified,
                instant(JsonValues.string(t, "createDate")),
                instant(modified),
                null,
                JsonValues.string(t, "title"),
                JsonValues.string(t, "description"),
                ref(api, "queueID", JsonValues.string(t, "queueID")),
                ref(api, "status", status),
                AtPicklists.COMPLETE.equals(status),
                ref(api, "priority", JsonValues.string(t, "priority")),
                RemoteRef.of(companyId, companyId == null ? null : companies.get(companyId)),
                RemoteRef.of(contactId, contact == null ? null : contact[0]),
                contact == null ? null : contact[1],
                owner == null ? null : member(api, owner),
                assignments,
                notes,
                url(id),
                JsonValues.string(t, "externalID"),
                fields);
    }

    String url(String id) {
        return webUrl == null
                ? null
                : webUrl.replaceAll("/+$", "") + "/Mvc/ServiceDesk/TicketDetail.mvc?ticketId=" + id;
    }

    RemoteNote note(AtApi api, JsonObject n) throws RemoteFailure {
        String publish = JsonValues.string(n, "publish");
        String label = picklists.label(api, "TicketNotes", "publish", publish).orElse("");
        NoteVisibility visibility =
                label.toLowerCase(Locale.ROOT).contains("internal") ? NoteVisibility.INTERNAL : NoteVisibility.PUBLIC;
        String creator = JsonValues.string(n, "creatorResourceID");
        String author =
                directory.resource(api, creator).map(AtDirectory.Resource::name).orElse(creator);
        String text = JsonValues.string(n, "description");
        return new RemoteNote(
                JsonValues.string(n, "id"), text, visibility, author, instant(JsonValues.string(n, "createDateTime")));
    }

    private RemoteRef member(AtApi api, String resourceId) throws RemoteFailure {
        return RemoteRef.of(
                resourceId,
                directory
                        .resource(api, resourceId)
                        .map(AtDirectory.Resource::name)
                        .orElse(null));
    }

    private RemoteRef ref(AtApi api, String field, String value) throws RemoteFailure {
        return RemoteRef.of(value, value == null ? null : label(api, field, value));
    }

    private String label(AtApi api, String field, String value) throws RemoteFailure {
        return value == null
                ? null
                : picklists.label(api, "Tickets", field, value).orElse(null);
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    /** Autotask writes ISO times, with or without a zone; without one they are UTC. */
    static Instant instant(String text) {
        Instant i = JsonValues.instant(text);
        if (i != null || text == null || text.isBlank()) {
            return i;
        }
        try {
            return java.time.LocalDateTime.parse(text.trim()).toInstant(java.time.ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
