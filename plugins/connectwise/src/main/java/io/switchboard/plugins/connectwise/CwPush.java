package io.switchboard.plugins.connectwise;

import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.psa.NoteVisibility;
import io.switchboard.plugin.psa.PsaFields;
import io.switchboard.plugin.psa.PsaOperation;
import io.switchboard.plugin.psa.PsaPush;
import io.switchboard.plugin.psa.PushOutcome;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One push: the operations in order, each the ConnectWise request the reference documents for it. */
final class CwPush {

    private static final Map<String, String> REFERENCES = Map.of(
            PsaFields.STATUS, "status",
            PsaFields.PRIORITY, "priority",
            PsaFields.OWNER, "owner",
            PsaFields.BOARD, "board",
            PsaFields.COMPANY, "company",
            PsaFields.CONTACT, "contact");

    private final CwApi cw;
    private final ConnectWiseProvider provider;

    CwPush(CwApi cw, ConnectWiseProvider provider) {
        this.cw = cw;
        this.provider = provider;
    }

    PushOutcome apply(PsaPush push) throws RemoteFailure {
        String remoteId = push.remoteId();
        String version = null;
        boolean replayedCreate = false;
        Map<String, String> created = new LinkedHashMap<>();
        for (PsaOperation op : push.operations()) {
            if (op instanceof PsaOperation.Create c) {
                Optional<String> existing = find(c.idempotencyKey());
                if (existing.isPresent()) {
                    remoteId = existing.get();
                    replayedCreate = true;
                } else {
                    JsonObject t = cw.object("POST", ConnectWiseProvider.TICKETS, create(c));
                    remoteId = JsonValues.string(t, "id");
                    version = JsonValues.string(JsonValues.object(t, "_info"), "lastUpdated");
                }
                continue;
            }
            if (remoteId == null) {
                return PushOutcome.rejected("the ticket is not in ConnectWise yet and the push has no create");
            }
            long id = ConnectWiseProvider.number(remoteId, "ticket id");
            if (op instanceof PsaOperation.Update u) {
                String patch = patch(u);
                if (patch != null) {
                    JsonObject t = cw.object("PATCH", ConnectWiseProvider.TICKETS + "/" + id, patch);
                    version = JsonValues.string(JsonValues.object(t, "_info"), "lastUpdated");
                }
            } else if (op instanceof PsaOperation.AddNote n) {
                created.put(
                        n.localId(),
                        JsonValues.string(
                                cw.object("POST", ConnectWiseProvider.TICKETS + "/" + id + "/notes", note(n)), "id"));
            } else if (op instanceof PsaOperation.Assign a) {
                created.put(a.localId() == null ? "assign:" + a.memberId() : a.localId(), assign(id, a));
            } else if (op instanceof PsaOperation.Unassign u) {
                unassign(u);
            } else if (op instanceof PsaOperation.LogTime t) {
                created.put(t.localId(), logTime(id, t));
            } else if (op instanceof PsaOperation.AttachDocument d) {
                created.put(d.localId(), upload(id, d));
            }
        }
        if (replayedCreate && created.isEmpty() && push.operations().size() == 1) {
            return PushOutcome.alreadyApplied(remoteId, version, "the create had been made before; found by its key");
        }
        return PushOutcome.applied(remoteId, version, created);
    }

    private String assign(long id, PsaOperation.Assign a) throws RemoteFailure {
        String body = JsonValues.JSON
                .createObjectBuilder()
                .add("objectId", id)
                .add("type", JsonValues.JSON.createObjectBuilder().add("identifier", "S"))
                .add(
                        "member",
                        JsonValues.JSON
                                .createObjectBuilder()
                                .add("id", ConnectWiseProvider.number(a.memberId(), "member id")))
                .add("allowScheduleConflictsFlag", true)
                .build()
                .toString();
        return JsonValues.string(cw.object("POST", "/schedule/entries", body), "id");
    }

    private void unassign(PsaOperation.Unassign u) throws RemoteFailure {
        try {
            cw.delete("/schedule/entries/" + ConnectWiseProvider.number(u.assignmentId(), "schedule entry id"));
        } catch (RemoteFailure e) {
            if (e.kind() != RemoteFailure.Kind.NOT_FOUND) {
                throw e; // already gone is what we wanted
            }
        }
    }

    private String logTime(long id, PsaOperation.LogTime t) throws RemoteFailure {
        JsonObjectBuilder b = JsonValues.JSON
                .createObjectBuilder()
                .add("chargeToId", id)
                .add("chargeToType", "ServiceTicket")
                .add("timeStart", t.start().truncatedTo(ChronoUnit.SECONDS).toString())
                .add("timeEnd", t.end().truncatedTo(ChronoUnit.SECONDS).toString())
                .add("billableOption", t.billable() ? "Billable" : "DoNotBill")
                .add("notes", t.notes() == null ? "" : t.notes())
                .add("addToInternalAnalysisFlag", true);
        if (t.memberId() != null) {
            b.add(
                    "member",
                    JsonValues.JSON
                            .createObjectBuilder()
                            .add("id", ConnectWiseProvider.number(t.memberId(), "member id")));
        }
        return JsonValues.string(cw.object("POST", "/time/entries", b.build().toString()), "id");
    }

    private Optional<String> find(String key) throws RemoteFailure {
        try {
            return provider.findCreated(key);
        } catch (RemoteFailure e) {
            throw e;
        } catch (Exception e) {
            throw RemoteFailure.transientFailure("looking for an earlier create failed", e);
        }
    }

    private static String create(PsaOperation.Create c) throws RemoteFailure {
        JsonObjectBuilder b = JsonValues.JSON
                .createObjectBuilder()
                .add("summary", c.summary().length() > 100 ? c.summary().substring(0, 100) : c.summary())
                .add("externalXRef", c.idempotencyKey());
        ref(b, "board", c.boardId());
        ref(b, "company", c.companyId());
        ref(b, "contact", c.contactId());
        for (Map.Entry<String, String> f : c.fields().entrySet()) {
            if (REFERENCES.containsKey(f.getKey())) {
                ref(b, REFERENCES.get(f.getKey()), f.getValue());
            }
        }
        if (c.description() != null && !c.description().isBlank()) {
            b.add("initialDescription", c.description());
        }
        return b.build().toString();
    }

    private static void ref(JsonObjectBuilder b, String name, String id) throws RemoteFailure {
        if (id != null && !id.isBlank()) {
            b.add(name, JsonValues.JSON.createObjectBuilder().add("id", ConnectWiseProvider.number(id, name + " id")));
        }
    }

    /** JSON Patch replacing whole references ({"id": n}), never "company/identifier" paths, which ConnectWise ignores with 200. */
    private static String patch(PsaOperation.Update u) throws RemoteFailure {
        JsonArrayBuilder ops = JsonValues.JSON.createArrayBuilder();
        int n = 0;
        for (Map.Entry<String, String> f : u.fields().entrySet()) {
            String value = f.getValue();
            if (f.getKey().equals(PsaFields.SUMMARY)) {
                String s = value.length() > 100 ? value.substring(0, 100) : value;
                ops.add(JsonValues.JSON
                        .createObjectBuilder()
                        .add("op", "replace")
                        .add("path", "summary")
                        .add("value", s));
                n++;
            } else if (REFERENCES.containsKey(f.getKey())) {
                String path = REFERENCES.get(f.getKey());
                if (value == null || value.isEmpty()) {
                    ops.add(JsonValues.JSON
                            .createObjectBuilder()
                            .add("op", "remove")
                            .add("path", path));
                } else {
                    ops.add(JsonValues.JSON
                            .createObjectBuilder()
                            .add("op", "replace")
                            .add("path", path)
                            .add(
                                    "value",
                                    JsonValues.JSON
                                            .createObjectBuilder()
                                            .add("id", ConnectWiseProvider.number(value, path + " id"))));
                }
                n++;
            }
            // description: ConnectWise keeps it as the first note (initialDescription, POST only): not patchable.
        }
        return n == 0 ? null : ops.build().toString();
    }

    private static String note(PsaOperation.AddNote n) {
        return JsonValues.JSON
                .createObjectBuilder()
                .add("text", n.text())
                .add("detailDescriptionFlag", n.visibility() == NoteVisibility.PUBLIC)
                .add("internalAnalysisFlag", n.visibility() == NoteVisibility.INTERNAL)
                .add("resolutionFlag", n.visibility() == NoteVisibility.RESOLUTION)
                .add("processNotifications", false)
                .build()
                .toString();
    }

    private String upload(long ticketId, PsaOperation.AttachDocument d) throws RemoteFailure {
        String boundary = "sb" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = d.content().get()) {
            field(body, boundary, "recordType", "Ticket");
            field(body, boundary, "recordId", Long.toString(ticketId));
            field(body, boundary, "title", d.fileName());
            String safeName = d.fileName().replaceAll("[\"\\r\\n]", "_");
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + safeName
                            + "\"\r\nContent-Type: "
                            + (d.contentType() == null ? "application/octet-stream" : d.contentType()) + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            in.transferTo(body);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RemoteFailure(RemoteFailure.Kind.INVALID, "the attachment could not be read: " + e.getMessage());
        }
        return JsonValues.string(
                (JsonObject) cw.multipart("/system/documents", body.toByteArray(), boundary)
                        .json(),
                "id");
    }

    private static void field(ByteArrayOutputStream out, String boundary, String name, String value)
            throws IOException {
        out.write(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
