package io.switchboard.application.notify;

import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.shared.Origin;
import io.switchboard.domain.ticket.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What planning a notification reads: the stored event, its ticket and the people around it. */
public interface NotificationSources {

    /** An event as the outbox stored it; {@code payload} is its data as a JSON object of strings. */
    record StoredEvent(
            String eventId,
            String type,
            long ticketId,
            Instant occurredAt,
            String actor,
            Origin origin,
            String payload) {}

    /** The ticket's people by id, as its columns hold them (null where none). */
    record Parties(Long assigneeId, Long boardId, Long contactId) {}

    Optional<StoredEvent> event(long outboxId);

    /** The ticket, deleted or not: a deletion is news too. */
    Optional<Ticket> ticket(long id);

    /** Read from the columns alone, without loading the ticket. */
    Optional<Parties> parties(long ticketId);

    boolean hasWatchers(long ticketId);

    boolean hasSubscribers(long boardId);

    /** Case-insensitive, as people type logins in mentions. */
    Optional<Agent> agentByLogin(String login);

    List<Agent> boardSubscribers(long boardId);

    /** The name of the contact with this (lower-case) address, when the desk knows one. */
    Optional<String> contactName(String email);
}
