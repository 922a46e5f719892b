package io.switchboard.application.notify;

import io.switchboard.application.PortalAddress;
import io.switchboard.application.mail.OutboundThreading;
import io.switchboard.application.notify.NotificationSources.Parties;
import io.switchboard.application.notify.NotificationSources.StoredEvent;
import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.mail.UndeliverableAddress;
import io.switchboard.domain.mail.UndeliverableAddresses;
import io.switchboard.domain.ticket.DomainEvent;
import io.switchboard.domain.ticket.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an outbox event into the notification one subscriber gets. For a per-person channel it
 * works out who hears about it: the assignee ("assigned to you" goes to the new assignee only),
 * watchers, board subscribers, the requester for public events, and for a mention only the people
 * mentioned; never the person who made the change; then each person's preferences for that event
 * on that channel decide (no preference stored means yes).
 */
@ApplicationScoped
public class NotificationPlanner {

    /** Looked up once: {@code Json.create...} finds the provider anew (a service lookup) on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** What a requester hears about: what they would see in the portal themselves. */
    static final Set<String> REQUESTER_EVENTS =
            Set.of(DomainEvent.CREATED, DomainEvent.STATUS_CHANGED, DomainEvent.REPLY_ADDED);

    @Inject
    NotificationSources sources;

    @Inject
    UndeliverableAddresses undeliverable;

    @Inject
    NotificationPreferences preferences;

    @Inject
    PortalAddress portal;

    @Inject
    OutboundThreading threading;

    /** The notification for attempt {@code attempt}, or empty when the event is gone. */
    public Optional<EventNotice> plan(long outboxId, Optional<String> channel, int attempt) {
        Optional<StoredEvent> stored = sources.event(outboxId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredEvent event = stored.get();
        Ticket ticket = sources.ticket(event.ticketId()).orElse(null);
        Map<String, String> data = data(event.payload());
        List<Addressee> recipients =
                channel.isPresent() && ticket != null ? recipients(event, data, ticket, channel.get()) : List.of();
        if (ticket != null && channel.filter("email"::equals).isPresent()) {
            // threading headers and signed reply tokens: for the email channel only, never for webhooks
            data.putAll(threading.forEmail(
                    ticket.id(),
                    event.eventId(),
                    event.origin(),
                    recipients.stream().map(Addressee::email).toList()));
        }
        return Optional.of(new EventNotice(
                event.eventId(),
                event.type(),
                event.occurredAt(),
                event.actor(),
                ticket == null ? null : EventTicket.of(ticket, portal.portalUrl()),
                data,
                recipients,
                attempt));
    }

    /**
     * Whether anybody might hear about the event on the channel: a cheap over-estimate from the
     * ticket's columns, so the dispatcher skips events nobody follows without loading tickets.
     * The exact recipients are worked out at delivery.
     */
    public boolean reachesAnyone(String type, long ticketId, String channel, String payload) {
        if (type.equals(DomainEvent.MENTIONED) || type.equals(DomainEvent.ASSIGNED)) {
            return true; // they name their people
        }
        if (type.equals(DomainEvent.REPLY_ADDED)
                && !"in_app".equals(channel)
                && ReplyAddresses.of(data(payload)).any()) {
            return true; // a reply addressed To or Cc someone
        }
        Optional<Parties> found = sources.parties(ticketId);
        if (found.isEmpty()) {
            return false;
        }
        Parties t = found.get();
        return t.assigneeId() != null
                || t.contactId() != null && REQUESTER_EVENTS.contains(type) && !"in_app".equals(channel)
                || t.boardId() != null && sources.hasSubscribers(t.boardId())
                || sources.hasWatchers(ticketId);
    }

    List<Addressee> recipients(StoredEvent event, Map<String, String> data, Ticket ticket, String channel) {
        Map<String, Addressee> staff = new LinkedHashMap<>();
        String type = event.type();
        if (type.equals(DomainEvent.MENTIONED)) {
            Arrays.stream(data.getOrDefault("mentions", "").split(","))
                    .filter(s -> !s.isBlank())
                    .forEach(login ->
                            sources.agentByLogin(login).ifPresent(a -> add(staff, a, Addressee.Role.MENTIONED)));
        } else if (type.equals(DomainEvent.ASSIGNED)) {
            sources.agentByLogin(data.getOrDefault("assignee", ""))
                    .ifPresent(a -> add(staff, a, Addressee.Role.ASSIGNEE));
        } else {
            if (ticket.assignee() != null) {
                add(staff, ticket.assignee(), Addressee.Role.ASSIGNEE);
            }
            ticket.watchers().forEach(w -> add(staff, w, Addressee.Role.WATCHER));
            if (ticket.board() != null) {
                sources.boardSubscribers(ticket.board().id())
                        .forEach(a -> add(staff, a, Addressee.Role.BOARD_SUBSCRIBER));
            }
        }
        if (type.equals(DomainEvent.NOTE_ADDED) || type.equals(DomainEvent.REPLY_ADDED)) {
            // The people a comment mentions get the mention; the comment itself would be a second notice.
            Arrays.stream(data.getOrDefault("mentions", "").split(",")).forEach(staff::remove);
        }
        staff.remove(event.actor());
        Set<String> opted = preferences.optedOut(staff.keySet(), type, channel);
        List<Addressee> out = new ArrayList<>();
        staff.values().stream().filter(r -> !opted.contains(r.username())).forEach(out::add);
        // a requester hears about their own new ticket: that is the acknowledgement with its number
        boolean requesterHears = REQUESTER_EVENTS.contains(type)
                && !"in_app".equals(channel)
                && ticket.contact() != null
                && (type.equals(DomainEvent.CREATED)
                        || !event.actor()
                                .equals("contact:" + ticket.contact().email().value()));
        if (requesterHears) {
            out.add(new Addressee(
                    null, ticket.contact().name(), ticket.contact().email().value(), Addressee.Role.REQUESTER));
        }
        // contacts copied on the conversation hear what the requester hears, except the acknowledgement
        if (REQUESTER_EVENTS.contains(type) && !type.equals(DomainEvent.CREATED) && !"in_app".equals(channel)) {
            ticket.contactWatchers().stream()
                    .filter(c -> !event.actor().equals("contact:" + c.email().value()))
                    .forEach(
                            c -> out.add(new Addressee(null, c.name(), c.email().value(), Addressee.Role.REQUESTER)));
        }
        if (type.equals(DomainEvent.REPLY_ADDED) && !"in_app".equals(channel)) {
            ReplyAddresses.of(data)
                    .applyTo(
                            out,
                            ticket.contact() == null
                                    ? null
                                    : ticket.contact().email().value(),
                            sources::contactName);
        }
        if ("email".equals(channel)) {
            out.removeIf(r -> r.email() == null || r.email().isBlank());
            Set<String> bounced =
                    undeliverable.markedAmong(out.stream().map(Addressee::email).toList());
            out.removeIf(
                    r -> bounced.contains(UndeliverableAddress.normalise(r.email()))); // a permanent bounce said so
        }
        return out;
    }

    private static void add(Map<String, Addressee> staff, Agent agent, Addressee.Role role) {
        if (agent.isActive()) {
            staff.putIfAbsent(
                    agent.username(), new Addressee(agent.username(), agent.displayName(), agent.email(), role));
        }
    }

    static Map<String, String> data(String payload) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonObject o = JSON.createReader(new StringReader(payload)).readObject();
        o.forEach((k, v) -> out.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
        return out;
    }
}
