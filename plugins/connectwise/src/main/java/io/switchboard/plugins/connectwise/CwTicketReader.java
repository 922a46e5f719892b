package io.switchboard.plugins.connectwise;

import io.switchboard.plugin.psa.NoteVisibility;
import io.switchboard.plugin.psa.PsaTicket;
import io.switchboard.plugin.psa.RemoteAssignment;
import io.switchboard.plugin.psa.RemoteNote;
import io.switchboard.plugin.psa.RemoteRef;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ConnectWise JSON to the SPI's records, leniently: references by id with their name, dates from _info. */
final class CwTicketReader {

    private final String webRoot;

    CwTicketReader(String webRoot) {
        this.webRoot = webRoot;
    }

    PsaTicket ticket(JsonObject t, List<RemoteNote> notes, List<RemoteAssignment> assignments) {
        JsonObject info = JsonValues.object(t, "_info");
        String updated = JsonValues.string(info, "lastUpdated");
        Map<String, String> fields = new LinkedHashMap<>();
        for (String f : List.of("severity", "impact", "recordType", "resources", "contactName")) {
            String v = JsonValues.string(t, f);
            if (v != null) {
                fields.put(f, v);
            }
        }
        String id = JsonValues.string(t, "id");
        return new PsaTicket(
                id,
                updated,
                JsonValues.instant(JsonValues.string(info, "dateEntered")),
                JsonValues.instant(updated),
                JsonValues.string(info, "updatedBy"),
                JsonValues.string(t, "summary"),
                null,
                ref(t, "board"),
                ref(t, "status"),
                JsonValues.flag(t, "closedFlag"),
                ref(t, "priority"),
                ref(t, "company"),
                ref(t, "contact"),
                JsonValues.string(t, "contactEmailAddress"),
                ref(t, "owner"),
                assignments,
                notes,
                webRoot == null ? null : webRoot + id,
                JsonValues.string(t, "externalXRef"),
                fields);
    }

    static RemoteRef ref(JsonObject o, String key) {
        JsonObject r = JsonValues.object(o, key);
        if (r == null || JsonValues.string(r, "id") == null) {
            return null;
        }
        String name = JsonValues.string(r, "name");
        return new RemoteRef(JsonValues.string(r, "id"), name != null ? name : JsonValues.string(r, "identifier"));
    }

    static RemoteNote note(JsonObject n) {
        NoteVisibility v = JsonValues.flag(n, "resolutionFlag")
                ? NoteVisibility.RESOLUTION
                : JsonValues.flag(n, "detailDescriptionFlag") ? NoteVisibility.PUBLIC : NoteVisibility.INTERNAL;
        JsonObject info = JsonValues.object(n, "_info");
        Instant created = JsonValues.instant(JsonValues.string(n, "dateCreated"));
        if (created == null) {
            created = JsonValues.instant(JsonValues.string(info, "dateEntered"));
        }
        if (created == null) {
            created = JsonValues.instant(JsonValues.string(info, "lastUpdated"));
        }
        RemoteRef member = ref(n, "member");
        String author = member != null ? member.name() : JsonValues.string(n, "createdBy");
        if (author == null) {
            author = JsonValues.string(n, "originalAuthor");
        }
        return new RemoteNote(JsonValues.string(n, "id"), JsonValues.string(n, "text"), v, author, created);
    }

    static RemoteAssignment assignment(JsonObject e, String ownerId) {
        RemoteRef member = ref(e, "member");
        return new RemoteAssignment(
                JsonValues.string(e, "id"), member, null, member.id().equals(ownerId));
    }
}
