package io.switchboard.application.notify;

import io.switchboard.application.PluginTicketGateway;
import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.ticket.DomainEvent;
import io.switchboard.domain.ticket.Ticket;
import io.switchboard.infrastructure.outbox.OutboxEvent;
import io.switchboard.infrastructure.plugin.PluginSettings;
import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
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
    static final Set<String> REQUESTER_EVENTS = Set.of(DomainEvent.CREATED, DomainEvent.STATUS_CHANGED, DomainEvent.REPLY_ADDED);

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    NotificationPreferences preferences;

    @Inject
    PluginSettings settings;

    /** The notification for attempt {@code attempt}, or empty when the event is gone. */
    public Optional<Notification> plan(long outboxId, Optional<String> channel, int attempt) {
        OutboxEvent event = em.find(OutboxEvent.class, outboxId);
        if (event == null) {
            return Optional.empty();
        }
        Ticket ticket = em.find(Ticket.class, event.ticketId());
        Map<String, String> data = data(event.payload());
        List<Recipient> recipients = channel.isPresent() && ticket != null ? recipients(event, data, ticket, channel.get()) : List.of();
        return Optional.of(new Notification(event.eventId(), event.type(), event.occurredAt(), event.actor(),
                ticket == null ? null : PluginTicketGateway.summary(ticket, settings.portalUrl()), data, recipients, attempt));
    }

    /**
     * Whether anybody might hear about the event on the channel: a cheap over-estimate from the
     * ticket's columns, so the dispatcher skips events nobody follows without loading tickets.
     * The exact recipients are worked out at delivery.
     */
    public boolean reachesAnyone(OutboxEvent event, String channel) {
        String type = event.type();
        if (type.equals(DomainEvent.MENTIONED) || type.equals(DomainEvent.ASSIGNED)) {
            return true; // they name their people
        }
        List<Object[]> rows = em.createQuery("SELECT t.assigneeId, t.boardId, t.contactId FROM Ticket t WHERE t.id = :id", Object[].class)
                .setParameter("id", event.ticketId())
                .getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] t = rows.get(0);
        return t[0] != null
                || t[2] != null && REQUESTER_EVENTS.contains(type) && !"in_app".equals(channel)
                || t[1] != null && exists("SELECT 1 FROM board_subscription WHERE board_id = ?", t[1])
                || exists("SELECT 1 FROM ticket_watcher WHERE ticket_id = ?", event.ticketId());
    }

    private boolean exists(String sql, Object key) {
        return !em.createNativeQuery(sql).setParameter(1, key).setMaxResults(1).getResultList().isEmpty();
    }

    List<Recipient> recipients(OutboxEvent event, Map<String, String> data, Ticket ticket, String channel) {
        Map<String, Recipient> staff = new LinkedHashMap<>();
        String type = event.type();
        if (type.equals(DomainEvent.MENTIONED)) {
            Arrays.stream(data.getOrDefault("mentions", "").split(",")).filter(s -> !s.isBlank())
                    .forEach(login -> agent(login).ifPresent(a -> add(staff, a, Recipient.Role.MENTIONED)));
        } else if (type.equals(DomainEvent.ASSIGNED)) {
            agent(data.getOrDefault("assignee", "")).ifPresent(a -> add(staff, a, Recipient.Role.ASSIGNEE));
        } else {
            if (ticket.assignee() != null) {
                add(staff, ticket.assignee(), Recipient.Role.ASSIGNEE);
            }
            ticket.watchers().forEach(w -> add(staff, w, Recipient.Role.WATCHER));
            if (ticket.board() != null) {
                boardSubscribers(ticket.board().id()).forEach(a -> add(staff, a, Recipient.Role.BOARD_SUBSCRIBER));
            }
        }
        staff.remove(event.actor());
        Set<String> opted = preferences.optedOut(staff.keySet(), type, channel);
        List<Recipient> out = new ArrayList<>();
        staff.values().stream().filter(r -> !opted.contains(r.username())).forEach(out::add);
        boolean requesterHears = REQUESTER_EVENTS.contains(type) && !"in_app".equals(channel) && ticket.contact() != null
                && !event.actor().equals("contact:" + ticket.contact().email().value());
        if (requesterHears) {
            out.add(new Recipient(null, ticket.contact().name(), ticket.contact().email().value(), Recipient.Role.REQUESTER));
        }
        if ("email".equals(channel)) {
            out.removeIf(r -> r.email() == null || r.email().isBlank());
        }
        return out;
    }

    private static void add(Map<String, Recipient> staff, Agent agent, Recipient.Role role) {
        if (agent.isActive()) {
            staff.putIfAbsent(agent.username(), new Recipient(agent.username(), agent.displayName(), agent.email(), role));
        }
    }

    private Optional<Agent> agent(String login) {
        return em.createQuery("SELECT a FROM Agent a WHERE LOWER(a.username) = :u", Agent.class)
                .setParameter("u", login.toLowerCase())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private List<Agent> boardSubscribers(long boardId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT agent_id FROM board_subscription WHERE board_id = ?").setParameter(1, boardId).getResultList();
        Set<Long> unique = new HashSet<>();
        ids.forEach(n -> unique.add(n.longValue()));
        return unique.stream().map(id -> em.find(Agent.class, id)).filter(a -> a != null).toList();
    }

    static Map<String, String> data(String payload) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonObject o = JSON.createReader(new StringReader(payload)).readObject();
        o.forEach((k, v) -> out.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
        return out;
    }
}
