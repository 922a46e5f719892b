package io.switchboard.emulator.connectwise;

import static io.switchboard.emulator.Json.obj;

import io.switchboard.emulator.EmulatorServer.Reply;
import io.switchboard.emulator.EmulatorServer.Request;
import io.switchboard.emulator.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Work on tickets: schedule entries (how members are assigned), time entries, documents, configurations. */
final class CwWork {

    private final CwStore db;
    private final CwTickets tickets;

    CwWork(CwStore db, CwTickets tickets) {
        this.db = db;
        this.tickets = tickets;
    }

    Reply addScheduleEntry(Request r) {
        Map<String, Object> body = CwTickets.body(r, "schedule");
        Object type = body.get("type");
        if (!(type instanceof Map<?, ?> tm) || (tm.get("id") == null && tm.get("identifier") == null)) {
            throw CwErrors.invalid("schedule", "MissingRequiredField", "type", "The type field is required.");
        }
        boolean serviceTicket = "S".equalsIgnoreCase(String.valueOf(tm.get("identifier")))
                || (tm.get("id") instanceof Number n && n.longValue() == 4);
        long objectId = body.get("objectId") instanceof Number n ? n.longValue() : -1;
        Map<String, Object> ticket = db.tickets.get(objectId);
        if (!serviceTicket || ticket == null) {
            throw CwErrors.invalid(
                    "schedule",
                    "NotFound",
                    "objectId",
                    (serviceTicket ? "Ticket " : "Activity ") + objectId + " not found");
        }
        Map<String, Object> member = CwStore.byRef(db.members, body.get("member"))
                .orElseThrow(() -> CwErrors.invalid(
                        "schedule", "MissingRequiredField", "member", "The member field is required."));
        long id = db.nextId();
        String now = db.now();
        Map<String, Object> entry = obj(
                "id", id,
                "objectId", objectId,
                "name", ticket.get("summary"),
                "member", db.memberRef(CwStore.id(member)),
                "where", body.get("where"),
                "dateStart", body.getOrDefault("dateStart", now),
                "dateEnd", body.get("dateEnd"),
                "status", body.get("status"),
                "type", obj("id", 4L, "identifier", "S"),
                "doneFlag", false,
                "acknowledgedFlag", false,
                "ownerFlag", false,
                "allowScheduleConflictsFlag", Boolean.TRUE.equals(body.get("allowScheduleConflictsFlag")),
                "hours", body.get("hours"),
                "_info", obj("lastUpdated", now, "updatedBy", CwStore.API_MEMBER));
        db.scheduleEntries.put(id, entry);
        db.refreshResources(ticket);
        db.touched(ticket, CwStore.API_MEMBER, "updated");
        return Reply.json(201, Json.copy(entry));
    }

    Reply scheduleEntry(long id) {
        return Reply.json(200, Json.copy(entry(id)));
    }

    private Map<String, Object> entry(long id) {
        Map<String, Object> e = db.scheduleEntries.get(id);
        if (e == null) {
            throw CwErrors.notFound("ScheduleEntry", id);
        }
        return e;
    }

    Reply deleteScheduleEntry(long id) {
        Map<String, Object> e = entry(id);
        db.scheduleEntries.remove(id);
        Map<String, Object> ticket = db.tickets.get(((Number) e.get("objectId")).longValue());
        if (ticket != null) {
            db.refreshResources(ticket);
            db.touched(ticket, CwStore.API_MEMBER, "updated");
        }
        return new Reply(204, Map.of(), null);
    }

    /** Only doneFlag and the dates change; done takes the member off the ticket's resources. */
    Reply patchScheduleEntry(Request r, long id) {
        Map<String, Object> e = entry(id);
        if (!(Json.parse(r.text()) instanceof List<?> ops)) {
            throw CwErrors.badRequest(
                    "InvalidObject",
                    "The entire object is part of an array and must be surrounded by square brackets.");
        }
        for (Object o : ops) {
            if (o instanceof Map<?, ?> op && op.get("path") instanceof String p) {
                String path = p.startsWith("/") ? p.substring(1) : p;
                if (List.of("doneFlag", "dateStart", "dateEnd", "hours", "where")
                        .contains(path)) {
                    e.put(path, op.get("value"));
                }
            }
        }
        Map<String, Object> ticket = db.tickets.get(((Number) e.get("objectId")).longValue());
        if (ticket != null) {
            db.refreshResources(ticket);
            db.touched(ticket, CwStore.API_MEMBER, "updated");
        }
        return Reply.json(200, Json.copy(e));
    }

    Reply ticketScheduleEntries(Request r, long ticketId) {
        tickets.ticket(ticketId);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map<String, Object> e : db.scheduleEntries.values()) {
            if (((Number) e.get("objectId")).longValue() == ticketId) {
                list.add(e);
            }
        }
        return CwListing.list(r, list);
    }

    Reply addTimeEntry(Request r) {
        Map<String, Object> body = CwTickets.body(r, "timeEntry");
        Instant start = time(body.get("timeStart"), "timeStart", true);
        Instant end = time(body.get("timeEnd"), "timeEnd", false);
        String chargeType = String.valueOf(body.getOrDefault("chargeToType", "ServiceTicket"));
        long chargeTo = body.get("chargeToId") instanceof Number n ? n.longValue() : -1;
        if (chargeType.equals("ServiceTicket") && !db.tickets.containsKey(chargeTo)) {
            throw CwErrors.invalid("timeEntry", "NotFound", "chargeToId", "Ticket " + chargeTo + " not found");
        }
        if (end != null && end.isBefore(start)) {
            throw CwErrors.invalid("timeEntry", "InvalidField", "timeEnd", "timeEnd must be after timeStart.");
        }
        Map<String, Object> member = CwStore.byRef(db.members, body.get("member"))
                .orElse(db.members.values().iterator().next());
        long id = db.nextId();
        double hours = end == null ? 0 : Duration.between(start, end).toMinutes() / 60.0;
        Map<String, Object> entry = obj(
                "id", id,
                "chargeToId", chargeTo,
                "chargeToType", chargeType,
                "member", db.memberRef(CwStore.id(member)),
                "timeStart", start.toString(),
                "timeEnd", end == null ? null : end.toString(),
                "actualHours", hours,
                "billableOption", body.getOrDefault("billableOption", "Billable"),
                "notes", body.get("notes"),
                "internalNotes", body.get("internalNotes"),
                "addToDetailDescriptionFlag", Boolean.TRUE.equals(body.get("addToDetailDescriptionFlag")),
                "addToInternalAnalysisFlag", Boolean.TRUE.equals(body.get("addToInternalAnalysisFlag")),
                "addToResolutionFlag", Boolean.TRUE.equals(body.get("addToResolutionFlag")),
                "_info", obj("lastUpdated", db.now(), "updatedBy", CwStore.API_MEMBER));
        db.timeEntries.put(id, entry);
        return Reply.json(201, Json.copy(entry));
    }

    private static Instant time(Object value, String field, boolean required) {
        if (value == null) {
            if (required) {
                throw CwErrors.invalid(
                        "timeEntry", "MissingRequiredField", field, "The " + field + " field is required.");
            }
            return null;
        }
        try {
            return Instant.parse(value.toString());
        } catch (DateTimeParseException e) {
            throw CwErrors.invalid(
                    "timeEntry", "InvalidField", field, field + " is not a valid date (no brackets in bodies).");
        }
    }

    Reply timeEntries(Request r) {
        return CwListing.list(r, db.timeEntries.values());
    }

    /** Multipart only: a JSON body gets the documented 415. */
    Reply upload(Request r) {
        String type = r.header("content-type").orElse("");
        if (!type.toLowerCase().startsWith("multipart/form-data")) {
            throw new io.switchboard.emulator.ApiError(
                    415, obj("code", "UnsupportedMediaType", "message", "Upload documents as multipart/form-data."));
        }
        Map<String, Multipart.Part> parts = Multipart.parse(type, r.body());
        Multipart.Part file = parts.get("file");
        if (file == null) {
            throw CwErrors.invalid("document", "MissingRequiredField", "file", "The file field is required.");
        }
        String recordType = Optional.ofNullable(parts.get("recordType"))
                .map(Multipart.Part::text)
                .orElse("Ticket");
        long recordId = Optional.ofNullable(parts.get("recordId"))
                .map(p -> Long.parseLong(p.text().trim()))
                .orElse(-1L);
        if (recordType.equals("Ticket") && !db.tickets.containsKey(recordId)) {
            throw CwErrors.invalid("document", "NotFound", "recordId", "Ticket " + recordId + " not found");
        }
        long id = db.nextId();
        String title = Optional.ofNullable(parts.get("title"))
                .map(Multipart.Part::text)
                .orElse(file.fileName());
        Map<String, Object> doc = obj(
                "id",
                id,
                "title",
                title,
                "fileName",
                file.fileName(),
                "serverFileName",
                java.util.UUID.randomUUID() + "",
                "owner",
                CwStore.API_MEMBER,
                "linkFlag",
                false,
                "imageFlag",
                file.contentType() != null && file.contentType().startsWith("image/"),
                "publicFlag",
                !"true"
                        .equals(Optional.ofNullable(parts.get("privateFlag"))
                                .map(Multipart.Part::text)
                                .orElse("false")),
                "readOnlyFlag",
                false,
                "size",
                (long) file.content().length,
                "recordType",
                recordType,
                "recordId",
                recordId,
                "createdOnDate",
                db.now(),
                "_info",
                obj("lastUpdated", db.now(), "updatedBy", CwStore.API_MEMBER));
        db.documents.put(id, doc);
        db.documentContent.put(id, file.content());
        return Reply.json(201, Json.copy(doc));
    }

    Reply documents(Request r) {
        String recordType = r.param("recordType").orElse(null);
        long recordId = r.param("recordId").map(Long::parseLong).orElse(-1L);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map<String, Object> d : db.documents.values()) {
            if ((recordType == null || recordType.equalsIgnoreCase((String) d.get("recordType")))
                    && (recordId < 0 || ((Number) d.get("recordId")).longValue() == recordId)) {
                list.add(d);
            }
        }
        return CwListing.list(r, list);
    }

    Reply download(long id) {
        byte[] content = db.documentContent.get(id);
        if (content == null) {
            throw CwErrors.notFound("Document", id);
        }
        return new Reply(
                200,
                Map.of("Content-Type", "application/octet-stream"),
                new String(content, StandardCharsets.ISO_8859_1));
    }

    Reply ticketConfigurations(Request r, long ticketId) {
        tickets.ticket(ticketId);
        List<Map<String, Object>> list = new ArrayList<>();
        for (long cid : db.ticketConfigurations.getOrDefault(ticketId, List.of())) {
            Map<String, Object> c = db.configurations.get(cid);
            list.add(obj(
                    "id",
                    c.get("id"),
                    "deviceIdentifier",
                    c.get("deviceIdentifier"),
                    "name",
                    c.get("name"),
                    "type",
                    c.get("type"),
                    "status",
                    c.get("status"),
                    "serialNumber",
                    c.get("serialNumber")));
        }
        return CwListing.list(r, list);
    }

    Reply linkConfiguration(Request r, long ticketId) {
        tickets.ticket(ticketId);
        Map<String, Object> body = CwTickets.body(r, "configuration");
        Optional<Map<String, Object>> c = body.get("id") != null
                ? CwStore.byRef(db.configurations, body)
                : db.configurations.values().stream()
                        .filter(x -> body.get("deviceIdentifier") != null
                                && body.get("deviceIdentifier").equals(x.get("deviceIdentifier")))
                        .findFirst();
        if (body.get("id") == null && body.get("deviceIdentifier") == null) {
            throw CwErrors.invalid(
                    "configuration", "MissingRequiredField", "id", "id or deviceIdentifier is required.");
        }
        Map<String, Object> config = c.orElseThrow(() -> CwErrors.notFound("Configuration", body.get("id")));
        db.ticketConfigurations
                .computeIfAbsent(ticketId, k -> new ArrayList<>())
                .add(CwStore.id(config));
        return Reply.json(201, obj("id", config.get("id"), "deviceIdentifier", config.get("deviceIdentifier")));
    }
}
