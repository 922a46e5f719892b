package io.switchboard.plugins.autotask;

import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.psa.NoteVisibility;
import io.switchboard.plugin.psa.PsaFields;
import io.switchboard.plugin.psa.PsaOperation;
import io.switchboard.plugin.psa.PsaPush;
import io.switchboard.plugin.psa.PushOutcome;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One push: the operations in order, each the Autotask request for it. An owner goes in with
 * its role (Autotask refuses one without the other); further members are secondary resources;
 * the version after the push is read back, since Autotask's writes answer only an item id.
 */
final class AtPush {

    private static final Map<String, String> FIELDS = Map.of(
            PsaFields.SUMMARY, "title",
            PsaFields.DESCRIPTION, "description",
            PsaFields.STATUS, "status",
            PsaFields.PRIORITY, "priority",
            PsaFields.BOARD, "queueID",
            PsaFields.COMPANY, "companyID",
            PsaFields.CONTACT, "contactID");
    private static final int TITLE_MAX = 255;

    private final AtApi api;
    private final AutotaskProvider provider;
    private final String defaultCompany;

    AtPush(AtApi api, AutotaskProvider provider, String defaultCompany) {
        this.api = api;
        this.provider = provider;
        this.defaultCompany = defaultCompany;
    }

    PushOutcome apply(PsaPush push) throws RemoteFailure {
        String remoteId = push.remoteId();
        boolean replayedCreate = false;
        Map<String, String> created = new LinkedHashMap<>();
        for (PsaOperation op : push.operations()) {
            if (op instanceof PsaOperation.Create c) {
                Optional<String> existing = provider.findCreatedOrFail(c.idempotencyKey());
                if (existing.isPresent()) {
                    remoteId = existing.get();
                    replayedCreate = true;
                } else {
                    String company = blank(c.companyId()) ? defaultCompany : c.companyId();
                    if (blank(company)) {
                        return PushOutcome.rejected("Autotask needs a company for every ticket, and none was given "
                                + "(set the connection's default company)");
                    }
                    remoteId = api.write("POST", "Tickets", create(c, company));
                }
                continue;
            }
            if (remoteId == null) {
                return PushOutcome.rejected("the ticket is not in Autotask yet and the push has no create");
            }
            long id = number(remoteId, "ticket id");
            if (op instanceof PsaOperation.Update u) {
                update(id, u);
            } else if (op instanceof PsaOperation.AddNote n) {
                created.put(n.localId(), note(id, n));
            } else if (op instanceof PsaOperation.Assign a) {
                created.put(a.localId() == null ? "assign:" + a.memberId() : a.localId(), assign(id, a));
            } else if (op instanceof PsaOperation.Unassign u) {
                unassign(id, u);
            } else if (op instanceof PsaOperation.LogTime t) {
                created.put(t.localId(), logTime(id, t));
            } else if (op instanceof PsaOperation.AttachDocument d) {
                Optional<String> attached = attach(id, d);
                if (attached.isEmpty()) {
                    return PushOutcome.rejected("the attachment " + d.fileName() + " is larger than Autotask's "
                            + AtHttp.ATTACHMENT_MAX_BYTES + " bytes per file");
                }
                created.put(d.localId(), attached.get());
            }
        }
        String version = api.item("Tickets/" + remoteId)
                .map(t -> JsonValues.string(t, "lastTrackedModificationDateTime"))
                .orElse(null);
        if (replayedCreate && created.isEmpty() && push.operations().size() == 1) {
            return PushOutcome.alreadyApplied(remoteId, version, "the create had been made before; found by its key");
        }
        return PushOutcome.applied(remoteId, version, created);
    }

    private String create(PsaOperation.Create c, String company) throws RemoteFailure {
        JsonObjectBuilder b = JsonValues.JSON
                .createObjectBuilder()
                .add("title", clip(c.summary()))
                .add("companyID", number(company, "company id"))
                .add("externalID", c.idempotencyKey())
                .add(
                        "status",
                        number(c.fields().getOrDefault(PsaFields.STATUS, provider.picklistDefault("status")), "status"))
                .add(
                        "priority",
                        number(
                                c.fields().getOrDefault(PsaFields.PRIORITY, provider.picklistDefault("priority")),
                                "priority"));
        if (!blank(c.boardId())) {
            b.add("queueID", number(c.boardId(), "queue id"));
        }
        if (!blank(c.contactId())) {
            b.add("contactID", number(c.contactId(), "contact id"));
        }
        if (c.description() != null && !c.description().isBlank()) {
            b.add("description", c.description());
        }
        String owner = c.fields().get(PsaFields.OWNER);
        if (!blank(owner)) {
            owner(b, owner, null);
        }
        return b.build().toString();
    }

    private void update(long id, PsaOperation.Update u) throws RemoteFailure {
        JsonObjectBuilder b = JsonValues.JSON.createObjectBuilder().add("id", id);
        int n = 0;
        for (Map.Entry<String, String> f : u.fields().entrySet()) {
            String value = f.getValue();
            if (f.getKey().equals(PsaFields.OWNER)) {
                if (blank(value)) {
                    b.addNull("assignedResourceID").addNull("assignedResourceRoleID");
                } else {
                    owner(b, value, null);
                }
                n++;
            } else if (FIELDS.containsKey(f.getKey())) {
                String field = FIELDS.get(f.getKey());
                if (field.equals("title") || field.equals("description")) {
                    b.add(field, field.equals("title") ? clip(value) : value == null ? "" : value);
                } else if (blank(value)) {
                    b.addNull(field);
                } else {
                    b.add(field, number(value, field));
                }
                n++;
            }
        }
        if (n > 0) {
            api.write("PATCH", "Tickets", b.build().toString());
        }
    }

    private void owner(JsonObjectBuilder b, String resource, String role) throws RemoteFailure {
        b.add("assignedResourceID", number(resource, "resource id"))
                .add("assignedResourceRoleID", number(role == null ? provider.roleOf(resource) : role, "role id"));
    }

    private String note(long id, PsaOperation.AddNote n) throws RemoteFailure {
        if (n.visibility() == NoteVisibility.RESOLUTION) {
            // Autotask keeps the resolution on the ticket; the note keeps the history of it.
            api.write(
                    "PATCH",
                    "Tickets",
                    JsonValues.JSON
                            .createObjectBuilder()
                            .add("id", id)
                            .add("resolution", n.text())
                            .build()
                            .toString());
        }
        String publish = provider.publishFor(n.visibility());
        String body = JsonValues.JSON
                .createObjectBuilder()
                .add("ticketID", id)
                .add("title", n.visibility() == NoteVisibility.RESOLUTION ? "Resolution" : "Switchboard")
                .add("description", n.text())
                .add("noteType", number(provider.picklistDefault("TicketNotes", "noteType"), "note type"))
                .add("publish", number(publish, "publish"))
                .build()
                .toString();
        return api.write("POST", "Tickets/" + id + "/Notes", body);
    }

    /** The first member becomes the primary resource; later ones are secondary resources. */
    private String assign(long id, PsaOperation.Assign a) throws RemoteFailure {
        JsonObject t = api.item("Tickets/" + id)
                .orElseThrow(
                        () -> new RemoteFailure(RemoteFailure.Kind.NOT_FOUND, "Autotask ticket " + id + " is gone"));
        String role = blank(a.roleId()) ? provider.roleOf(a.memberId()) : a.roleId();
        String primary = JsonValues.string(t, "assignedResourceID");
        if (a.memberId().equals(primary)) {
            return "primary:" + primary;
        }
        if (primary == null) {
            JsonObjectBuilder b = JsonValues.JSON.createObjectBuilder().add("id", id);
            owner(b, a.memberId(), role);
            api.write("PATCH", "Tickets", b.build().toString());
            return "primary:" + a.memberId();
        }
        for (JsonObject s : api.all(
                "TicketSecondaryResources",
                QueryFilter.query(
                        500,
                        java.util.List.of(),
                        QueryFilter.eq("ticketID", id),
                        QueryFilter.eq("resourceID", number(a.memberId(), "resource id"))))) {
            return JsonValues.string(s, "id");
        }
        return api.write(
                "POST",
                "Tickets/" + id + "/SecondaryResources",
                JsonValues.JSON
                        .createObjectBuilder()
                        .add("ticketID", id)
                        .add("resourceID", number(a.memberId(), "resource id"))
                        .add("roleID", number(role, "role id"))
                        .build()
                        .toString());
    }

    private void unassign(long id, PsaOperation.Unassign u) throws RemoteFailure {
        if (u.assignmentId().startsWith("primary:")) {
            String resource = u.assignmentId().substring("primary:".length());
            Optional<JsonObject> t = api.item("Tickets/" + id);
            if (t.isPresent() && resource.equals(JsonValues.string(t.get(), "assignedResourceID"))) {
                api.write(
                        "PATCH",
                        "Tickets",
                        JsonValues.JSON
                                .createObjectBuilder()
                                .add("id", id)
                                .addNull("assignedResourceID")
                                .addNull("assignedResourceRoleID")
                                .build()
                                .toString());
            }
            return;
        }
        try {
            api.delete("Tickets/" + id + "/SecondaryResources/" + number(u.assignmentId(), "assignment id"));
        } catch (RemoteFailure e) {
            if (e.kind() != RemoteFailure.Kind.NOT_FOUND) {
                throw e; // already gone is what we wanted
            }
        }
    }

    private String logTime(long id, PsaOperation.LogTime t) throws RemoteFailure {
        String resource = blank(t.memberId()) ? provider.apiResource() : t.memberId();
        double hours = Math.max(0.01, Duration.between(t.start(), t.end()).toMinutes() / 60.0);
        return api.write(
                "POST",
                "TimeEntries",
                JsonValues.JSON
                        .createObjectBuilder()
                        .add("ticketID", id)
                        .add("resourceID", number(resource, "resource id"))
                        .add("roleID", number(provider.roleOf(resource), "role id"))
                        .add(
                                "dateWorked",
                                t.start().truncatedTo(ChronoUnit.DAYS).toString())
                        .add(
                                "startDateTime",
                                t.start().truncatedTo(ChronoUnit.SECONDS).toString())
                        .add(
                                "endDateTime",
                                t.end().truncatedTo(ChronoUnit.SECONDS).toString())
                        .add("hoursWorked", Math.round(hours * 100) / 100.0)
                        .add(
                                "summaryNotes",
                                t.notes() == null || t.notes().isBlank() ? "Time logged in Switchboard" : t.notes())
                        .add("isNonBillable", !t.billable())
                        .build()
                        .toString());
    }

    /** Empty when the file is over Autotask's per-file limit (checked before sending it). */
    private Optional<String> attach(long id, PsaOperation.AttachDocument d) throws RemoteFailure {
        if (d.size() > AtHttp.ATTACHMENT_MAX_BYTES) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = d.content().get()) {
            bytes = in.readNBytes(AtHttp.ATTACHMENT_MAX_BYTES + 1);
        } catch (IOException e) {
            throw new RemoteFailure(RemoteFailure.Kind.INVALID, "the attachment could not be read: " + e.getMessage());
        }
        if (bytes.length > AtHttp.ATTACHMENT_MAX_BYTES) {
            return Optional.empty();
        }
        JsonObjectBuilder b = JsonValues.JSON
                .createObjectBuilder()
                .add("title", clip(d.fileName()))
                .add("fullPath", d.fileName())
                .add("attachmentType", "FILE_ATTACHMENT")
                .add("publish", 1)
                .add("data", Base64.getEncoder().encodeToString(bytes));
        if (d.contentType() != null) {
            b.add("contentType", d.contentType());
        }
        return Optional.of(
                api.write("POST", "Tickets/" + id + "/Attachments", b.build().toString()));
    }

    private static String clip(String s) {
        String v = s == null ? "" : s;
        return v.length() > TITLE_MAX ? v.substring(0, TITLE_MAX) : v;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static long number(String id, String what) throws RemoteFailure {
        try {
            return Long.parseLong(id.trim());
        } catch (RuntimeException e) {
            throw new RemoteFailure(
                    RemoteFailure.Kind.INVALID, "an Autotask " + what + " is a number, not '" + id + "'");
        }
    }
}
