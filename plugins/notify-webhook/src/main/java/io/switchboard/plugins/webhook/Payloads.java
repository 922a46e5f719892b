package io.switchboard.plugins.webhook;

import io.switchboard.plugin.TicketSummary;
import io.switchboard.plugin.notify.Notification;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** The bodies a webhook sends: Switchboard's own JSON, a Slack message, or a Microsoft Teams card. */
final class Payloads {

    /** Looked up once: {@code Json.create...} finds the provider anew (a service lookup) on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private Payloads() {}

    /** Switchboard's JSON: event id (stable across retries), type, timestamp, attempt, actor, ticket summary, event data. */
    static String generic(Notification n, Instant sentAt) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("id", n.eventId())
                .add("type", n.type())
                .add(
                        "timestamp",
                        n.occurredAt() == null
                                ? sentAt.toString()
                                : n.occurredAt().toString())
                .add("sentAt", sentAt.toString())
                .add("attempt", n.attempt())
                .add("actor", n.actor() == null ? "" : n.actor());
        if (n.ticket() != null) {
            b.add("ticket", ticket(n.ticket()));
        }
        JsonObjectBuilder data = JSON.createObjectBuilder();
        new TreeMap<>(n.data()).forEach(data::add);
        return b.add("data", data).build().toString();
    }

    static String slack(Notification n) {
        String link = n.ticket() == null ? "" : " <" + n.ticket().url() + "|Open>";
        return JSON.createObjectBuilder()
                .add("text", escapeSlack(headline(n)) + link)
                .build()
                .toString();
    }

    static String teams(Notification n) {
        JsonObjectBuilder card = JSON.createObjectBuilder()
                .add("@type", "MessageCard")
                .add("@context", "https://schema.org/extensions")
                .add("summary", headline(n))
                .add("themeColor", n.type().startsWith("sla.") ? "D9534F" : "0076D7")
                .add(
                        "title",
                        n.ticket() == null
                                ? n.type()
                                : "[" + n.ticket().number() + "] " + n.ticket().summary())
                .add("text", describe(n));
        if (n.ticket() != null) {
            card.add(
                    "potentialAction",
                    JSON.createArrayBuilder()
                            .add(JSON.createObjectBuilder()
                                    .add("@type", "OpenUri")
                                    .add("name", "Open ticket")
                                    .add(
                                            "targets",
                                            JSON.createArrayBuilder()
                                                    .add(JSON.createObjectBuilder()
                                                            .add("os", "default")
                                                            .add(
                                                                    "uri",
                                                                    n.ticket().url())))));
        }
        return card.build().toString();
    }

    /** One line a person reads in a chat room. */
    static String headline(Notification n) {
        String prefix = n.ticket() == null
                ? ""
                : "[" + n.ticket().number() + "] " + n.ticket().summary() + ": ";
        return prefix + describe(n);
    }

    static String describe(Notification n) {
        Map<String, String> d = n.data();
        String by = n.actor() == null || n.actor().isBlank() ? "" : " by " + n.actor();
        return switch (n.type()) {
            case Notification.TICKET_CREATED -> "opened" + by;
            case Notification.TICKET_ASSIGNED ->
                d.getOrDefault("assignee", "").isEmpty() ? "unassigned" + by : "assigned to " + d.get("assignee") + by;
            case Notification.STATUS_CHANGED ->
                "status " + d.getOrDefault("from", "?") + " \u2192 " + d.getOrDefault("to", "?") + by;
            case Notification.REPLY_ADDED -> "reply" + by + ": " + d.getOrDefault("excerpt", "");
            case Notification.NOTE_ADDED -> "internal note" + by + ": " + d.getOrDefault("excerpt", "");
            case Notification.MENTIONED -> "mentioned " + d.getOrDefault("mentions", "") + by;
            case Notification.SLA_WARNING ->
                "SLA " + d.getOrDefault("deadlineKind", "deadline").replace('_', ' ') + " due at "
                        + d.getOrDefault("deadline", "?");
            case Notification.SLA_BREACHED ->
                "SLA " + d.getOrDefault("deadlineKind", "deadline").replace('_', ' ') + " BREACHED at "
                        + d.getOrDefault("deadline", "?");
            default -> n.type() + by;
        };
    }

    private static JsonObjectBuilder ticket(TicketSummary t) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("id", t.id())
                .add("number", t.number())
                .add("summary", t.summary());
        add(b, "status", t.status());
        add(b, "statusCategory", t.statusCategory());
        add(b, "priority", t.priority());
        add(b, "type", t.type());
        add(b, "assignee", t.assignee());
        add(b, "requester", t.requesterName());
        add(b, "company", t.company());
        add(b, "board", t.board());
        add(b, "deadlineAt", t.deadlineAt() == null ? null : t.deadlineAt().toString());
        add(b, "url", t.url());
        return b;
    }

    private static void add(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }

    /** Slack treats &, < and > as markup. */
    private static String escapeSlack(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
