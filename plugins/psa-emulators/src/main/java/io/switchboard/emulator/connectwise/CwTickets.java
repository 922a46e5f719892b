package io.switchboard.emulator.connectwise;

import static io.switchboard.emulator.Json.obj;

import io.switchboard.emulator.EmulatorServer.Reply;
import io.switchboard.emulator.EmulatorServer.Request;
import io.switchboard.emulator.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Service tickets: create, read, JSON Patch, PUT, delete, and their notes. */
final class CwTickets {

    private static final int SUMMARY_MAX = 100;
    private final CwStore db;

    CwTickets(CwStore db) {
        this.db = db;
    }

    Reply create(Request r) {
        Map<String, Object> body = body(r, "ticket");
        List<Map<String, Object>> errors = new ArrayList<>();
        Object summary = body.get("summary");
        if (!(summary instanceof String s) || s.isBlank()) {
            errors.add(CwErrors.error("MissingRequiredField", "The summary field is required.", "ticket", "summary"));
        } else if (s.length() > SUMMARY_MAX) {
            errors.add(CwErrors.error(
                    "InvalidField",
                    "summary cannot be longer than " + SUMMARY_MAX + " characters.",
                    "ticket",
                    "summary"));
        }
        Optional<Map<String, Object>> company = CwStore.byRef(db.companies, body.get("company"));
        if (company.isEmpty()) {
            errors.add(CwErrors.error(
                    body.get("company") == null ? "MissingRequiredField" : "InvalidField",
                    body.get("company") == null ? "The company field is required." : "Company not found.",
                    "ticket",
                    "company"));
        }
        Map<String, Object> board = body.get("board") == null
                ? db.boards.values().iterator().next()
                : CwStore.byRef(db.boards, body.get("board")).orElse(null);
        if (board == null) {
            errors.add(CwErrors.error("InvalidField", "Board not found.", "ticket", "board"));
        }
        if (!errors.isEmpty()) {
            throw CwErrors.invalid("ticket", errors);
        }
        long boardId = CwStore.id(board);
        Map<String, Object> status = body.get("status") == null
                ? db.defaultStatus(boardId)
                : CwStore.byRef(db.statuses, body.get("status"))
                        .filter(s -> CwStore.id(s.get("board")) == boardId)
                        .orElseThrow(() -> CwErrors.invalid(
                                "ticket", "InvalidField", "status", "The status is not on board " + board.get("name")));
        Map<String, Object> priority = body.get("priority") == null
                ? db.defaultPriority()
                : CwStore.byRef(db.priorities, body.get("priority"))
                        .orElseThrow(
                                () -> CwErrors.invalid("ticket", "InvalidField", "priority", "Priority not found."));
        long id = db.nextTicketId();
        String now = db.now();
        Map<String, Object> t = obj("id", id, "summary", ((String) summary).strip(), "recordType", "ServiceTicket");
        t.put("board", db.boardRef(boardId));
        t.put("status", db.statusRef(CwStore.id(status)));
        t.put("company", db.companyRef(CwStore.id(company.get())));
        Optional<Map<String, Object>> contact = CwStore.byRef(db.contacts, body.get("contact"));
        t.put("contact", contact.map(c -> db.contactRef(CwStore.id(c))).orElse(null));
        t.put("contactName", contact.map(c -> c.get("name")).orElse(null));
        t.put("contactEmailAddress", contact.map(c -> c.get("defaultEmail")).orElse(null));
        t.put("priority", db.priorityRef(CwStore.id(priority)));
        t.put(
                "owner",
                CwStore.byRef(db.members, body.get("owner"))
                        .map(m -> db.memberRef(CwStore.id(m)))
                        .orElse(null));
        t.put("severity", body.getOrDefault("severity", "Medium"));
        t.put("impact", body.getOrDefault("impact", "Medium"));
        t.put("externalXRef", body.get("externalXRef"));
        t.put("requiredDate", body.get("requiredDate"));
        t.put("closedDate", null);
        t.put("closedBy", null);
        t.put("closedFlag", false);
        t.put("resources", null);
        t.put("customFields", body.getOrDefault("customFields", List.of()));
        String href = r.baseUrl() + "/v4_6_release/apis/3.0/service/tickets/" + id;
        t.put(
                "_info",
                obj(
                        "dateEntered",
                        now,
                        "enteredBy",
                        CwStore.API_MEMBER,
                        "lastUpdated",
                        now,
                        "updatedBy",
                        CwStore.API_MEMBER,
                        "notes_href",
                        href + "/notes",
                        "scheduleentries_href",
                        href + "/scheduleentries",
                        "documents_href",
                        href + "/documents",
                        "configurations_href",
                        href + "/configurations"));
        db.applyStatus(t, status, CwStore.API_MEMBER);
        db.tickets.put(id, t);
        // initial* fields become the first notes and are never returned (ConnectWise: POST only).
        addInitialNote(id, body.get("initialDescription"), true, false, false);
        addInitialNote(id, body.get("initialInternalAnalysis"), false, true, false);
        addInitialNote(id, body.get("initialResolution"), false, false, true);
        db.touched(t, CwStore.API_MEMBER, "added");
        return Reply.json(201, Json.copy(t));
    }

    private void addInitialNote(long ticketId, Object text, boolean detail, boolean internal, boolean resolution) {
        if (text instanceof String s && !s.isBlank()) {
            long id = db.nextId();
            db.notes.put(id, db.note(id, ticketId, s, detail, internal, resolution, null, CwStore.API_MEMBER));
        }
    }

    Reply get(long id) {
        return Reply.json(200, Json.copy(ticket(id)));
    }

    Map<String, Object> ticket(long id) {
        Map<String, Object> t = db.tickets.get(id);
        if (t == null) {
            throw CwErrors.notFound("Ticket", id);
        }
        return t;
    }

    Reply delete(long id) {
        ticket(id);
        db.tickets.remove(id);
        db.notes.values().removeIf(n -> ((Number) n.get("ticketId")).longValue() == id);
        db.deleted(id, CwStore.API_MEMBER);
        return new Reply(204, Map.of(), null);
    }

    /** JSON Patch: an array of {op, path, value}; whole reference objects are replaced. */
    Reply patch(Request r, long id) {
        Map<String, Object> t = ticket(id);
        Object parsed;
        try {
            parsed = Json.parse(r.text());
        } catch (IllegalArgumentException e) {
            throw CwErrors.badRequest("InvalidObject", "The request body is not valid JSON");
        }
        if (!(parsed instanceof List<?> ops)) {
            throw CwErrors.badRequest(
                    "InvalidObject",
                    "The entire object is part of an array and must be surrounded by square brackets.");
        }
        Map<String, Object> draft = Json.copy(t);
        for (Object o : ops) {
            if (!(o instanceof Map<?, ?> op)
                    || !(op.get("op") instanceof String verb)
                    || !(op.get("path") instanceof String p)) {
                throw CwErrors.badRequest("InvalidObject", "Each operation needs op, path and value");
            }
            String path = p.startsWith("/") ? p.substring(1) : p;
            if (path.contains("/")) {
                continue; // ConnectWise answers 200 and changes nothing (the documented "false 200")
            }
            switch (verb.toLowerCase()) {
                case "add", "replace" -> set(draft, path, op.get("value"));
                case "remove" -> set(draft, path, null);
                default -> throw CwErrors.badRequest("InvalidObject", "Unknown op " + verb);
            }
        }
        t.clear();
        t.putAll(draft);
        db.touched(t, CwStore.API_MEMBER, "updated");
        return Reply.json(200, Json.copy(t));
    }

    private void set(Map<String, Object> t, String path, Object value) {
        long boardId = CwStore.id(t.get("board"));
        switch (path) {
            case "summary" -> {
                if (!(value instanceof String s) || s.isBlank() || s.length() > SUMMARY_MAX) {
                    throw CwErrors.invalid("ticket", "InvalidField", "summary", "summary must be 1 to 100 characters.");
                }
                t.put("summary", s);
            }
            case "status" -> {
                Map<String, Object> s = CwStore.byRef(db.statuses, value)
                        .filter(x -> CwStore.id(x.get("board")) == boardId)
                        .orElseThrow(() -> CwErrors.invalid(
                                "ticket", "InvalidField", "status", "The status is not valid for this board."));
                db.applyStatus(t, s, CwStore.API_MEMBER);
            }
            case "board" -> {
                Map<String, Object> b = CwStore.byRef(db.boards, value)
                        .orElseThrow(() -> CwErrors.invalid("ticket", "InvalidField", "board", "Board not found."));
                t.put("board", db.boardRef(CwStore.id(b)));
                if (CwStore.id(b) != boardId) {
                    db.applyStatus(t, db.defaultStatus(CwStore.id(b)), CwStore.API_MEMBER);
                }
            }
            case "priority" ->
                t.put(
                        "priority",
                        db.priorityRef(CwStore.id(CwStore.byRef(db.priorities, value)
                                .orElseThrow(() -> CwErrors.invalid(
                                        "ticket", "InvalidField", "priority", "Priority not found.")))));
            case "company" ->
                t.put(
                        "company",
                        db.companyRef(CwStore.id(CwStore.byRef(db.companies, value)
                                .orElseThrow(() ->
                                        CwErrors.invalid("ticket", "InvalidField", "company", "Company not found.")))));
            case "contact" ->
                t.put(
                        "contact",
                        value == null
                                ? null
                                : db.contactRef(CwStore.id(CwStore.byRef(db.contacts, value)
                                        .orElseThrow(() -> CwErrors.invalid(
                                                "ticket", "InvalidField", "contact", "Contact not found.")))));
            case "owner" ->
                t.put(
                        "owner",
                        value == null
                                ? null
                                : db.memberRef(CwStore.id(CwStore.byRef(db.members, value)
                                        .orElseThrow(() -> CwErrors.invalid(
                                                "ticket", "InvalidField", "owner", "Member not found.")))));
            case "resources" -> {} // accepted, and has no effect: members are assigned through schedule entries
            case "id", "_info", "closedFlag", "closedDate", "closedBy" -> {} // read-only
            default -> t.put(path, value);
        }
    }

    // ---- notes ----

    Reply notes(Request r, long ticketId, boolean all) {
        ticket(ticketId);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map<String, Object> n : db.notes.values()) {
            if (((Number) n.get("ticketId")).longValue() == ticketId) {
                list.add(all ? ticketNote(n) : n);
            }
        }
        return CwListing.list(r, list);
    }

    /** A note as /allNotes shows it (ServiceTicketNote). */
    private Map<String, Object> ticketNote(Map<String, Object> n) {
        Map<String, Object> t = db.tickets.get(((Number) n.get("ticketId")).longValue());
        return obj(
                "id", n.get("id"),
                "noteType", "TicketNote",
                "ticket", obj("id", t.get("id"), "summary", t.get("summary")),
                "text", n.get("text"),
                "isMarkdownFlag", false,
                "detailDescriptionFlag", n.get("detailDescriptionFlag"),
                "internalAnalysisFlag", n.get("internalAnalysisFlag"),
                "resolutionFlag", n.get("resolutionFlag"),
                "issueFlag", false,
                "bundledFlag", false,
                "mergedFlag", false,
                "originalAuthor", n.get("createdBy"),
                "member", n.get("member"),
                "contact", n.get("contact"),
                "_info",
                        obj(
                                "dateEntered",
                                n.get("dateCreated"),
                                "lastUpdated",
                                ((Map<?, ?>) n.get("_info")).get("lastUpdated")));
    }

    Reply note(long ticketId, long noteId) {
        ticket(ticketId);
        Map<String, Object> n = db.notes.get(noteId);
        if (n == null || ((Number) n.get("ticketId")).longValue() != ticketId) {
            throw CwErrors.notFound("ServiceNote", noteId);
        }
        return Reply.json(200, Json.copy(n));
    }

    Reply addNote(Request r, long ticketId) {
        Map<String, Object> t = ticket(ticketId);
        Map<String, Object> body = body(r, "serviceNote");
        boolean detail = Boolean.TRUE.equals(body.get("detailDescriptionFlag"));
        boolean internal = Boolean.TRUE.equals(body.get("internalAnalysisFlag"));
        boolean resolution = Boolean.TRUE.equals(body.get("resolutionFlag"));
        if (!(body.get("text") instanceof String text) || text.isBlank()) {
            throw CwErrors.invalid("serviceNote", "MissingRequiredField", "text", "The text field is required.");
        }
        if (!detail && !internal && !resolution) {
            throw CwErrors.invalid(
                    "serviceNote",
                    "InvalidField",
                    "detailDescriptionFlag",
                    "Please choose where to display the notes in order to save this record.");
        }
        Map<String, Object> member = CwStore.byRef(db.members, body.get("member"))
                .map(m -> db.memberRef(CwStore.id(m)))
                .orElse(null);
        long id = db.nextId();
        Map<String, Object> note =
                db.note(id, ticketId, text, detail, internal, resolution, member, CwStore.API_MEMBER);
        db.notes.put(id, note);
        db.touched(t, CwStore.API_MEMBER, "updated");
        return Reply.json(201, Json.copy(note));
    }

    static Map<String, Object> body(Request r, String resource) {
        try {
            return Json.object(r.text());
        } catch (IllegalArgumentException e) {
            throw CwErrors.badRequest("InvalidObject", resource + " object is invalid: the body is not a JSON object");
        }
    }
}
