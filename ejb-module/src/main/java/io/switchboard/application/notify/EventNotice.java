package io.switchboard.application.notify;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The core's account of one event for one subscriber, for one attempt. It is its own model:
 * a notifier plugin receives the plugin API's {@code Notification}, translated at the plugin
 * host's edge, so the core can change this record without breaking a plugin built against an
 * older API. {@code eventId} is the same on every attempt; {@code attempt} counts from 1.
 *
 * @param ticket null when the ticket is gone
 * @param data event details ({@code from}/{@code to}, {@code excerpt}, {@code deadline}, the mail
 *     threading headers on the email channel)
 * @param recipients filled for a per-person channel only
 */
public record EventNotice(
        String eventId,
        String type,
        Instant occurredAt,
        String actor,
        EventTicket ticket,
        Map<String, String> data,
        List<Addressee> recipients,
        int attempt) {

    public EventNotice {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        data = data == null ? Map.of() : Map.copyOf(data);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
