package io.switchboard.plugins.remotedesk;

import io.switchboard.plugin.psa.NoteVisibility;
import io.switchboard.plugin.psa.PsaTicket;
import io.switchboard.plugin.psa.RemoteAssignment;
import io.switchboard.plugin.psa.RemoteNote;
import io.switchboard.plugin.psa.RemoteRef;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Switchboard ticket and its comments as the SPI's records: references by id with their
 * names, the assignee by login (how the other desk's agents match ours), the version from
 * {@code @Version}, closed when the status's category is resolved or closed.
 */
final class RdReader {

    private final String portal;

    RdReader(String portal) {
        this.portal = portal;
    }

    PsaTicket ticket(JsonObject t, List<JsonObject> comments) {
        String id = JsonValues.string(t, "id");
        JsonObject status = JsonValues.object(t, "status");
        String category = status == null
                ? ""
                : String.valueOf(JsonValues.string(status, "category")).toLowerCase(Locale.ROOT);
        JsonObject assignee = JsonValues.object(t, "assignee");
        RemoteRef owner = assignee == null
                ? null
                : RemoteRef.of(JsonValues.string(assignee, "id"), JsonValues.string(assignee, "username"));
        List<RemoteAssignment> assignments =
                owner == null ? List.of() : List.of(new RemoteAssignment("assignee:" + owner.id(), owner, null, true));
        JsonObject contact = JsonValues.object(t, "contact");
        String priority = JsonValues.string(t, "priority");
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "number", JsonValues.string(t, "number"));
        put(fields, "type", JsonValues.string(t, "type"));
        put(fields, "dueAt", JsonValues.string(t, "dueAt"));
        List<RemoteNote> notes = new ArrayList<>();
        comments.forEach(c -> notes.add(note(c)));
        String number = JsonValues.string(t, "number");
        return new PsaTicket(
                id,
                JsonValues.string(t, "version"),
                JsonValues.instant(JsonValues.string(t, "createdAt")),
                JsonValues.instant(JsonValues.string(t, "updatedAt")),
                JsonValues.string(t, "updatedBy"),
                JsonValues.string(t, "summary"),
                JsonValues.string(t, "description"),
                ref(t, "board"),
                status == null
                        ? null
                        : RemoteRef.of(JsonValues.string(status, "key"), JsonValues.string(status, "name")),
                category.equals("resolved") || category.equals("closed"),
                priority == null ? null : new RemoteRef(priority, priority),
                ref(t, "company"),
                contact == null
                        ? null
                        : RemoteRef.of(JsonValues.string(contact, "id"), JsonValues.string(contact, "name")),
                contact == null ? null : JsonValues.string(contact, "email"),
                owner,
                assignments,
                notes,
                number == null ? null : portal + "/tickets/" + number,
                null,
                fields);
    }

    static RemoteNote note(JsonObject c) {
        NoteVisibility v = JsonValues.flag(c, "internal")
                ? NoteVisibility.INTERNAL
                : JsonValues.flag(c, "solution") ? NoteVisibility.RESOLUTION : NoteVisibility.PUBLIC;
        String text = JsonValues.string(c, "bodyText");
        return new RemoteNote(
                JsonValues.string(c, "id"),
                text == null ? "" : text,
                v,
                JsonValues.string(c, "author"),
                JsonValues.instant(JsonValues.string(c, "createdAt")));
    }

    private static RemoteRef ref(JsonObject t, String key) {
        JsonObject r = JsonValues.object(t, key);
        return r == null ? null : RemoteRef.of(JsonValues.string(r, "id"), JsonValues.string(r, "name"));
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }
}
