package io.switchboard.emulator.autotask;

import static io.switchboard.emulator.Json.obj;

import io.switchboard.emulator.EmulatorServer.Reply;
import io.switchboard.emulator.EmulatorServer.Request;
import io.switchboard.emulator.Json;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tickets and their children as Autotask writes them: POST answers {@code {"itemId": N}},
 * PATCH goes to the collection URL with the id in the body, picklist values are checked,
 * an assignment needs both the resource and its role, notes and secondary resources and
 * attachments are created under {@code Tickets/{id}/...}.
 */
final class AtTickets {

    /** Autotask's documented limit per attachment is 6-7 MB. */
    static final int ATTACHMENT_MAX_BYTES = 7_000_000;

    private static final Set<String> PICKLISTS =
            Set.of("status", "priority", "queueID", "ticketType", "source", "issueType");
    private static final Set<String> READ_ONLY = Set.of(
            "id", "ticketNumber", "createDate", "lastActivityDate", "lastTrackedModificationDateTime", "completedDate");

    private final AtStore db;
    private final AtFields.Entity tickets = AtFields.entity("Tickets").orElseThrow();
    private int sequence;

    AtTickets(AtStore db) {
        this.db = db;
    }

    Reply get(long id) {
        Map<String, Object> t = db.rows("Tickets").get(id);
        if (t == null) {
            throw AtErrors.notFound();
        }
        return Reply.json(200, obj("item", Json.copy(t)));
    }

    Reply create(Request r) {
        Map<String, Object> body = body(r);
        Map<String, Object> t = new LinkedHashMap<>();
        tickets.fields().forEach(f -> t.put(f.name(), null));
        t.put("userDefinedFields", List.of());
        apply(t, body, true);
        for (String required : List.of("title", "companyID", "status", "priority")) {
            if (t.get(required) == null || "".equals(t.get(required))) {
                throw AtErrors.rejected("Missing Required Field: " + required + ".");
            }
        }
        String now = db.now();
        t.put("id", null);
        t.put("createDate", now);
        t.put(
                "ticketNumber",
                "T" + DateTimeFormatter.BASIC_ISO_DATE.format(db.instant().atOffset(ZoneOffset.UTC)) + "."
                        + String.format("%04d", 9000 + ++sequence));
        completion(t);
        db.touched(t);
        long id = ((Number) db.insert("Tickets", t).get("id")).longValue();
        return Reply.json(200, obj("itemId", id));
    }

    Reply patch(Request r) {
        Map<String, Object> body = body(r);
        Object id = AtFilter.valueOf(body, "id");
        if (!(id instanceof Number n)) {
            throw AtErrors.rejected("The id of the ticket to update is required.");
        }
        Map<String, Object> t = db.rows("Tickets").get(n.longValue());
        if (t == null) {
            throw AtErrors.notFound();
        }
        Map<String, Object> changed = Json.copy(t);
        apply(changed, body, false);
        completion(changed);
        t.clear();
        t.putAll(changed);
        db.touched(t);
        return Reply.json(200, obj("itemId", n.longValue()));
    }

    /** Copies the writable fields of a body onto a ticket, checking picklists, references and the assignment rule. */
    private void apply(Map<String, Object> t, Map<String, Object> body, boolean creating) {
        for (Map.Entry<String, Object> e : body.entrySet()) {
            tickets.field(e.getKey()).ifPresent(f -> {
                if (!READ_ONLY.contains(f.name())) {
                    t.put(
                            f.name(),
                            e.getValue() instanceof Double d
                                            && d == Math.rint(d)
                                            && f.dataType().equals("integer")
                                    ? (Object) d.longValue()
                                    : e.getValue());
                }
            });
        }
        for (String p : PICKLISTS) {
            Object v = t.get(p);
            if (v != null && !db.inPicklist("Tickets", p, v)) {
                throw AtErrors.rejected("Value " + v + " is not a valid value for " + p + ".");
            }
        }
        reference(t, "companyID", "Companies");
        reference(t, "contactID", "Contacts");
        reference(t, "assignedResourceID", "Resources");
        reference(t, "assignedResourceRoleID", "Roles");
        if ((t.get("assignedResourceID") == null) != (t.get("assignedResourceRoleID") == null)) {
            throw AtErrors.rejected("When assigning a Resource, you must assign both a assignedResourceID and "
                    + "assignedResourceRoleID.");
        }
        if (creating && t.get("queueID") == null && t.get("assignedResourceID") == null) {
            throw AtErrors.rejected("A ticket must be placed in a queue or assigned to a resource.");
        }
    }

    private void reference(Map<String, Object> t, String field, String entity) {
        Object v = t.get(field);
        if (v != null && (!(v instanceof Number n) || !db.rows(entity).containsKey(n.longValue()))) {
            throw AtErrors.rejected(
                    "Value " + v + " for " + field + " does not refer to an existing " + entity + " record.");
        }
    }

    /** Status Complete (5) stamps completedDate; leaving it clears it. */
    private void completion(Map<String, Object> t) {
        boolean complete = "5".equals(AtStore.numberText(t.get("status")));
        if (complete && t.get("completedDate") == null) {
            t.put("completedDate", db.now());
        } else if (!complete) {
            t.put("completedDate", null);
        }
    }

    // ---- children ----

    Reply children(String entity, long ticketId) {
        ticket(ticketId);
        List<Object> items = db.rows(entity).values().stream()
                .filter(x -> ((Number) x.get("ticketID")).longValue() == ticketId)
                .map(x -> (Object) Json.copy(x))
                .toList();
        return Reply.json(
                200,
                obj(
                        "items",
                        items,
                        "pageDetails",
                        obj(
                                "count",
                                items.size(),
                                "requestCount",
                                AtQuery.MAX_RECORDS,
                                "prevPageUrl",
                                null,
                                "nextPageUrl",
                                null)));
    }

    Reply child(String entity, long ticketId, long id) {
        Map<String, Object> x = db.rows(entity).get(id);
        if (x == null || ((Number) x.get("ticketID")).longValue() != ticketId) {
            throw AtErrors.notFound();
        }
        return Reply.json(200, obj("item", Json.copy(x)));
    }

    Reply addNote(Request r, long ticketId) {
        Map<String, Object> t = ticket(ticketId);
        Map<String, Object> body = body(r);
        String text = string(body, "description");
        if (text == null || text.isBlank()) {
            throw AtErrors.rejected("Missing Required Field: description.");
        }
        Object noteType = orDefault(body, "noteType", 1L);
        Object publish = orDefault(body, "publish", 1L);
        if (!db.inPicklist("TicketNotes", "noteType", noteType)) {
            throw AtErrors.rejected("Value " + noteType + " is not a valid value for noteType.");
        }
        if (!db.inPicklist("TicketNotes", "publish", publish)) {
            throw AtErrors.rejected("Value " + publish + " is not a valid value for publish.");
        }
        String title = string(body, "title");
        Map<String, Object> note = db.note(
                ticketId,
                title == null || title.isBlank() ? "Note" : title,
                text,
                ((Number) noteType).intValue(),
                ((Number) publish).intValue(),
                AtSeed.API_RESOURCE);
        long id = ((Number) db.insert("TicketNotes", note).get("id")).longValue();
        db.touched(t);
        return Reply.json(200, obj("itemId", id));
    }

    Reply addSecondaryResource(Request r, long ticketId) {
        Map<String, Object> t = ticket(ticketId);
        Map<String, Object> body = body(r);
        Object resource = AtFilter.valueOf(body, "resourceID");
        Object role = AtFilter.valueOf(body, "roleID");
        if (resource == null || role == null) {
            throw AtErrors.rejected("When assigning a Resource, you must assign both a resourceID and roleID.");
        }
        Map<String, Object> x = obj(
                "id",
                null,
                "resourceID",
                resource,
                "roleID",
                role,
                "ticketID",
                ticketId,
                "userDefinedFields",
                List.of());
        reference(x, "resourceID", "Resources");
        reference(x, "roleID", "Roles");
        boolean twice = db.rows("TicketSecondaryResources").values().stream()
                .anyMatch(s -> ((Number) s.get("ticketID")).longValue() == ticketId
                        && s.get("resourceID").equals(x.get("resourceID"))
                        && s.get("roleID").equals(x.get("roleID")));
        if (twice) {
            throw AtErrors.rejected("This resource and role are already assigned to the ticket.");
        }
        long id = ((Number) db.insert("TicketSecondaryResources", x).get("id")).longValue();
        db.touched(t);
        return Reply.json(200, obj("itemId", id));
    }

    Reply removeSecondaryResource(long ticketId, long id) {
        Map<String, Object> x = db.rows("TicketSecondaryResources").get(id);
        if (x == null || ((Number) x.get("ticketID")).longValue() != ticketId) {
            throw AtErrors.notFound();
        }
        db.rows("TicketSecondaryResources").remove(id);
        db.touched(ticket(ticketId));
        return Reply.json(200, obj("itemId", id));
    }

    Reply addTimeEntry(Request r) {
        Map<String, Object> body = body(r);
        Object ticketId = AtFilter.valueOf(body, "ticketID");
        if (!(ticketId instanceof Number n)) {
            throw AtErrors.rejected("Missing Required Field: ticketID.");
        }
        Map<String, Object> t = ticket(n.longValue());
        Map<String, Object> x = new LinkedHashMap<>();
        AtFields.entity("TimeEntries")
                .orElseThrow()
                .fields()
                .forEach(f -> x.put(f.name(), AtFilter.valueOf(body, f.name())));
        if (x.get("resourceID") == null || x.get("roleID") == null) {
            throw AtErrors.rejected("When assigning a Resource, you must assign both a resourceID and roleID.");
        }
        reference(x, "resourceID", "Resources");
        reference(x, "roleID", "Roles");
        if (x.get("startDateTime") == null && x.get("hoursWorked") == null) {
            throw AtErrors.rejected("Either startDateTime and endDateTime or hoursWorked is required.");
        }
        x.put("id", null);
        x.put("createDateTime", db.now());
        x.put("userDefinedFields", List.of());
        long id = ((Number) db.insert("TimeEntries", x).get("id")).longValue();
        db.touched(t);
        return Reply.json(200, obj("itemId", id));
    }

    Reply addAttachment(Request r, long ticketId) {
        Map<String, Object> t = ticket(ticketId);
        Map<String, Object> body = body(r);
        String data = string(body, "data");
        String title = string(body, "title");
        if (data == null || title == null || title.isBlank()) {
            throw AtErrors.rejected("Missing Required Field: title and data are required for a file attachment.");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw AtErrors.rejected("The attachment data is not valid base64.");
        }
        if (bytes.length > ATTACHMENT_MAX_BYTES) {
            throw AtErrors.rejected("The attachment exceeds the maximum size of " + ATTACHMENT_MAX_BYTES + " bytes.");
        }
        Map<String, Object> x = obj(
                "id",
                null,
                "attachDate",
                db.now(),
                "attachedByResourceID",
                AtSeed.API_RESOURCE,
                "attachmentType",
                orDefault(body, "attachmentType", "FILE_ATTACHMENT"),
                "contentType",
                string(body, "contentType"),
                "fileSize",
                (long) bytes.length,
                "fullPath",
                orDefault(body, "fullPath", title),
                "parentID",
                ticketId,
                "parentType",
                "Ticket",
                "publish",
                orDefault(body, "publish", 1L),
                "title",
                title,
                "ticketID",
                ticketId);
        long id = ((Number) db.insert("TicketAttachments", x).get("id")).longValue();
        db.touched(t);
        return Reply.json(200, obj("itemId", id));
    }

    private Map<String, Object> ticket(long id) {
        Map<String, Object> t = db.rows("Tickets").get(id);
        if (t == null) {
            throw AtErrors.notFound();
        }
        return t;
    }

    static Map<String, Object> body(Request r) {
        try {
            return Json.object(r.text());
        } catch (IllegalArgumentException e) {
            throw AtErrors.rejected("The request body is not a JSON object: " + e.getMessage());
        }
    }

    private static Object orDefault(Map<String, Object> body, String key, Object fallback) {
        Object v = AtFilter.valueOf(body, key);
        return v == null ? fallback : v;
    }

    private static String string(Map<String, Object> body, String key) {
        Object v = AtFilter.valueOf(body, key);
        return v == null ? null : v.toString();
    }
}
