package io.switchboard.plugin.notify;

import io.switchboard.plugin.TicketSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One event to deliver. {@code eventId} is stable across retries and redeliveries: the same
 * event always has the same id, so receivers drop duplicates by it. {@code attempt} counts from 1.
 *
 * @param data event details, such as {@code from}/{@code to} for a status change, {@code excerpt}
 *     for a reply or note, {@code deadline} for SLA events
 */
public record Notification(
        String eventId,
        String type,
        Instant occurredAt,
        String actor,
        TicketSummary ticket,
        Map<String, String> data,
        List<Recipient> recipients,
        int attempt) {

    public static final String TICKET_CREATED = "ticket.created";
    public static final String TICKET_ASSIGNED = "ticket.assigned";
    public static final String STATUS_CHANGED = "ticket.status_changed";
    public static final String REPLY_ADDED = "ticket.reply_added";
    public static final String NOTE_ADDED = "ticket.note_added";
    public static final String MENTIONED = "ticket.mentioned";
    public static final String SLA_WARNING = "sla.warning";
    public static final String SLA_BREACHED = "sla.breached";

    /** The {@link #data} key of {@link #files()}: ids, comma-separated. */
    public static final String DATA_FILES = "files";

    /** The events people can ask to be notified about, in the order the preferences page lists them. */
    public static final List<String> PERSONAL_EVENTS = List.of(
            TICKET_CREATED,
            TICKET_ASSIGNED,
            STATUS_CHANGED,
            REPLY_ADDED,
            NOTE_ADDED,
            MENTIONED,
            SLA_WARNING,
            SLA_BREACHED);

    public Notification {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        data = data == null ? Map.of() : Map.copyOf(data);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /**
     * The threading headers the host generated for an email to {@code to}, or null when this
     * notification carries none (another channel, or a host older than plugin API 1.1).
     *
     * @since 1.1
     */
    public MailThreading mailThreading(Recipient to) {
        String token = to == null || to.email() == null
                ? null
                : data.get(MailThreading.DATA_TOKEN_PREFIX + to.email().toLowerCase(java.util.Locale.ROOT));
        if (token == null) {
            return null;
        }
        String refs = data.getOrDefault(MailThreading.DATA_THREAD, "");
        return new MailThreading(
                token,
                data.get(MailThreading.DATA_IN_REPLY_TO),
                refs.isBlank() ? List.of() : List.of(refs.trim().split("\\s+")),
                data.get(MailThreading.DATA_ORIGIN));
    }

    /**
     * The ids of the files sent with the reply or note this event announces, in the order they
     * were sent; read each through {@link io.switchboard.plugin.TicketGateway#file}.
     *
     * @since 1.1
     */
    public List<Long> files() {
        String ids = data.getOrDefault(DATA_FILES, "");
        return ids.isBlank()
                ? List.of()
                : java.util.Arrays.stream(ids.split(","))
                        .map(String::trim)
                        .map(Long::valueOf)
                        .toList();
    }

    /** Whether the requester may see this event (a public reply, a status change), as opposed to staff-only ones. */
    public boolean isPublic() {
        return !type.equals(NOTE_ADDED) && !type.equals(MENTIONED) && !type.startsWith("sla.");
    }
}
