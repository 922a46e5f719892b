package io.switchboard.plugins.remotedesk;

import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.psa.NoteVisibility;
import io.switchboard.plugin.psa.PsaFields;
import io.switchboard.plugin.psa.PsaOperation;
import io.switchboard.plugin.psa.PsaPush;
import io.switchboard.plugin.psa.PsaTicket;
import io.switchboard.plugin.psa.PushOutcome;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One push through the other desk's normal endpoints: a create with {@code Idempotency-Key}
 * (its replay answers for a create whose answer was lost), updates as one PATCH with
 * {@code If-Match} on the version last seen (412 becomes CONFLICT with the remote state),
 * comments, the assignee (further members become watchers) and time entries.
 */
final class RdPush {

    private final RdHttp http;
    private final RemoteDeskProvider provider;

    RdPush(RdHttp http, RemoteDeskProvider provider) {
        this.http = http;
        this.provider = provider;
    }

    PushOutcome apply(PsaPush push) throws Exception {
        String remoteId = push.remoteId();
        String version = push.baseVersion();
        boolean replayed = false;
        Map<String, String> created = new LinkedHashMap<>();
        for (PsaOperation op : push.operations()) {
            if (op instanceof PsaOperation.Create c) {
                RdHttp.Answer a =
                        http.call("POST", "/tickets", create(c), Map.of("Idempotency-Key", c.idempotencyKey()));
                JsonObject t = a.object();
                remoteId = JsonValues.string(t, "id");
                version = JsonValues.string(t, "version");
                replayed = a.replayed();
                continue;
            }
            if (remoteId == null) {
                return PushOutcome.rejected("the ticket is not on the remote desk yet and the push has no create");
            }
            long id = RemoteDeskProvider.number(remoteId, "ticket id");
            if (op instanceof PsaOperation.Update u) {
                Optional<String> patch = patch(u);
                if (patch.isPresent()) {
                    Map<String, String> headers =
                            version == null ? Map.of() : Map.of("If-Match", "\"" + version + "\"");
                    try {
                        version = JsonValues.string(
                                http.call("PATCH", "/tickets/" + id, patch.get(), headers)
                                        .object(),
                                "version");
                    } catch (RemoteFailure e) {
                        if (e.kind() == RemoteFailure.Kind.CONFLICT
                                && e.getMessage().contains("HTTP 412")) {
                            PsaTicket now = provider.fetch(remoteId).orElse(null);
                            return PushOutcome.conflict(now, "the ticket changed on the remote desk meanwhile");
                        }
                        throw e;
                    }
                }
            } else if (op instanceof PsaOperation.AddNote n) {
                String body = JsonValues.JSON
                        .createObjectBuilder()
                        .add("body", n.text())
                        .add("internal", n.visibility() == NoteVisibility.INTERNAL)
                        .add("solution", n.visibility() == NoteVisibility.RESOLUTION)
                        .build()
                        .toString();
                created.put(
                        n.localId(),
                        JsonValues.string(
                                http.call("POST", "/tickets/" + id + "/comments", body, Map.of())
                                        .object(),
                                "id"));
            } else if (op instanceof PsaOperation.Assign a) {
                created.put(a.localId() == null ? "assign:" + a.memberId() : a.localId(), assign(id, a.memberId()));
            } else if (op instanceof PsaOperation.Unassign u) {
                unassign(id, u.assignmentId());
            } else if (op instanceof PsaOperation.LogTime t) {
                created.put(t.localId(), logTime(id, t));
            } else if (op instanceof PsaOperation.AttachDocument d) {
                return PushOutcome.rejected("attachments are not sent to a remote desk yet: " + d.fileName());
            }
        }
        if (replayed && created.isEmpty() && push.operations().size() == 1) {
            return PushOutcome.alreadyApplied(remoteId, version, "the remote desk replayed the create for its key");
        }
        return PushOutcome.applied(remoteId, version, created);
    }

    private static String create(PsaOperation.Create c) throws RemoteFailure {
        JsonObjectBuilder b = JsonValues.JSON
                .createObjectBuilder()
                .add("summary", c.summary())
                .add("priority", c.fields().getOrDefault(PsaFields.PRIORITY, "medium"));
        if (c.description() != null && !c.description().isBlank()) {
            b.add("description", c.description());
        }
        id(b, "boardId", c.boardId());
        id(b, "companyId", c.companyId());
        id(b, "contactId", c.contactId());
        id(b, "assigneeId", c.fields().get(PsaFields.OWNER));
        return b.build().toString();
    }

    private static Optional<String> patch(PsaOperation.Update u) throws RemoteFailure {
        JsonObjectBuilder b = JsonValues.JSON.createObjectBuilder();
        int n = 0;
        for (Map.Entry<String, String> f : u.fields().entrySet()) {
            String v = f.getValue();
            switch (f.getKey()) {
                case PsaFields.SUMMARY, PsaFields.DESCRIPTION, PsaFields.STATUS, PsaFields.PRIORITY -> {
                    if (v == null || v.isEmpty()) {
                        continue;
                    }
                    b.add(f.getKey(), v);
                }
                case PsaFields.OWNER -> nullable(b, "assigneeId", v);
                case PsaFields.BOARD -> nullable(b, "boardId", v);
                case PsaFields.COMPANY -> nullable(b, "companyId", v);
                case PsaFields.CONTACT -> nullable(b, "contactId", v);
                default -> {
                    continue;
                }
            }
            n++;
        }
        return n == 0 ? Optional.empty() : Optional.of(b.build().toString());
    }

    /** The first member is the assignee; the other desk has one, so further members watch the ticket. */
    private String assign(long id, String member) throws RemoteFailure {
        JsonObject t = http.call("GET", "/tickets/" + id, null, Map.of()).object();
        JsonObject assignee = JsonValues.object(t, "assignee");
        if (assignee != null && member.equals(JsonValues.string(assignee, "id"))) {
            return "assignee:" + member;
        }
        long agent = RemoteDeskProvider.number(member, "agent id");
        if (assignee == null) {
            http.call("POST", "/tickets/" + id + "/assign", "{\"assigneeId\":" + agent + "}", Map.of());
            return "assignee:" + member;
        }
        http.call("POST", "/tickets/" + id + "/watchers", "{\"agentId\":" + agent + "}", Map.of());
        return "watcher:" + member;
    }

    private void unassign(long id, String assignment) throws RemoteFailure {
        try {
            if (assignment.startsWith("assignee:")) {
                http.call("POST", "/tickets/" + id + "/assign", "{\"assigneeId\":null}", Map.of());
            } else if (assignment.startsWith("watcher:")) {
                http.call(
                        "DELETE",
                        "/tickets/" + id + "/watchers/"
                                + RemoteDeskProvider.number(assignment.substring("watcher:".length()), "agent id"),
                        null,
                        Map.of());
            }
        } catch (RemoteFailure e) {
            if (e.kind() != RemoteFailure.Kind.NOT_FOUND) {
                throw e; // already gone is what we wanted
            }
        }
    }

    private String logTime(long id, PsaOperation.LogTime t) throws RemoteFailure {
        JsonObjectBuilder b = JsonValues.JSON
                .createObjectBuilder()
                .add("minutes", Math.max(1, Duration.between(t.start(), t.end()).toMinutes()))
                .add("billable", t.billable())
                .add("startedAt", t.start().toString())
                .add("note", t.notes() == null ? "" : t.notes());
        if (t.memberId() != null) {
            b.add("agentId", RemoteDeskProvider.number(t.memberId(), "agent id"));
        }
        return JsonValues.string(
                http.call(
                                "POST",
                                "/tickets/" + id + "/time-entries",
                                b.build().toString(),
                                Map.of("Idempotency-Key", "sb-time-" + t.localId()))
                        .object(),
                "id");
    }

    private static void id(JsonObjectBuilder b, String key, String value) throws RemoteFailure {
        if (value != null && !value.isBlank()) {
            b.add(key, RemoteDeskProvider.number(value, key));
        }
    }

    private static void nullable(JsonObjectBuilder b, String key, String value) throws RemoteFailure {
        if (value == null || value.isBlank()) {
            b.addNull(key);
        } else {
            b.add(key, RemoteDeskProvider.number(value, key));
        }
    }
}
