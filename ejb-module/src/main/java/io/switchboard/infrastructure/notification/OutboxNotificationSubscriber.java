package io.switchboard.infrastructure.notification;

import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.directory.DirectoryRepository;
import io.switchboard.domain.notification.Notification;
import io.switchboard.domain.notification.NotificationRepository;
import io.switchboard.domain.notification.TicketEventNotice;
import io.switchboard.domain.workflow.WorkflowRepository;
import io.switchboard.domain.workflow.WorkflowStatus;
import io.switchboard.infrastructure.outbox.OutboxEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the outbox in (occurred_at, id) order from its own cursor and writes notifications.
 * Ids alone are no watermark: every server takes ids from the sequence in blocks, and a
 * transaction may commit after a later one. So it reads only events older than {@link #SETTLE}
 * (every ticket transaction has committed or rolled back by then) and keeps the time with the id.
 * It never touches {@code dispatched_at}, which belongs to the general dispatcher.
 */
@Stateless
public class OutboxNotificationSubscriber {

    /** Longer than any ticket transaction runs, plus clock skew between servers. */
    static final Duration SETTLE = Duration.ofSeconds(3);
    /** On a database that has events from before this subscriber existed, older news is not news. */
    static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    NotificationRepository notifications;

    @Inject
    DirectoryRepository directory;

    @Inject
    WorkflowRepository workflow;

    @Inject
    Clock clock;

    /** Handles up to {@code max} events in one transaction; answers how many it read. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deliverNext(int max) {
        Instant now = clock.instant();
        NotificationCursor cursor = em.find(NotificationCursor.class, NotificationCursor.ID, LockModeType.PESSIMISTIC_WRITE);
        Instant from = cursor.occurredAt() != null ? cursor.occurredAt() : now.minus(FIRST_LOOK_BACK);
        long afterSeq = cursor.occurredAt() != null ? cursor.eventSeq() : Long.MIN_VALUE;
        List<OutboxEvent> events = em.createQuery("SELECT o FROM OutboxEvent o WHERE o.occurredAt >= :from AND o.occurredAt < :settled"
                        + " AND NOT (o.occurredAt = :from AND o.id <= :seq) ORDER BY o.occurredAt, o.id", OutboxEvent.class)
                .setParameter("from", from)
                .setParameter("settled", now.minus(SETTLE))
                .setParameter("seq", afterSeq)
                .setMaxResults(max)
                .getResultList();
        if (events.isEmpty()) {
            return 0;
        }
        notify(events);
        OutboxEvent last = events.get(events.size() - 1);
        cursor.advance(last.occurredAt(), last.id());
        return events.size();
    }

    private void notify(List<OutboxEvent> events) {
        Set<Long> ticketIds = events.stream().map(OutboxEvent::ticketId).collect(Collectors.toSet());
        Map<Long, String> summaries = pairs("SELECT t.id, t.summary FROM Ticket t WHERE t.id IN :ids", ticketIds);
        Map<Long, String> assignees = pairs("SELECT t.id, a.username FROM Ticket t JOIN t.assignee a WHERE t.id IN :ids", ticketIds);
        Map<Long, List<String>> watchers = new HashMap<>();
        em.createQuery("SELECT t.id, w.username FROM Ticket t JOIN t.watchers w WHERE t.id IN :ids", Object[].class)
                .setParameter("ids", ticketIds)
                .getResultList()
                .forEach(r -> watchers.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        Map<String, String> comments = commentTexts(events);
        Set<String> staff = directory.agents().stream().filter(Agent::isActive).map(Agent::username).collect(Collectors.toSet());
        Map<String, String> statusNames = workflow.statuses().stream().collect(Collectors.toMap(WorkflowStatus::key, WorkflowStatus::name));

        for (OutboxEvent e : events) {
            TicketEventNotice.Event event = new TicketEventNotice.Event(
                    e.type(),
                    e.ticketNumber(),
                    e.actor(),
                    payload(e.payload()),
                    assignees.get(e.ticketId()),
                    watchers.getOrDefault(e.ticketId(), List.of()),
                    comments.get(e.ticketId() + "@" + e.occurredAt()));
            TicketEventNotice.messages(event, staff, key -> statusNames.getOrDefault(key, key)).forEach((recipient, message) ->
                    notifications.add(new Notification(recipient, e.eventId(), e.type(), e.ticketId(), e.ticketNumber(),
                            summaries.get(e.ticketId()), message, e.actor(), e.occurredAt())));
        }
    }

    /** The text of the comment each reply/note event announced: the comment carries the event's instant. */
    private Map<String, String> commentTexts(List<OutboxEvent> events) {
        List<OutboxEvent> comments = events.stream()
                .filter(e -> e.type().equals("ticket.reply_added") || e.type().equals("ticket.note_added"))
                .toList();
        Map<String, String> texts = new HashMap<>();
        if (comments.isEmpty()) {
            return texts;
        }
        Set<Long> ids = new HashSet<>();
        Instant min = comments.get(0).occurredAt();
        Instant max = min;
        for (OutboxEvent e : comments) {
            ids.add(e.ticketId());
            min = e.occurredAt().isBefore(min) ? e.occurredAt() : min;
            max = e.occurredAt().isAfter(max) ? e.occurredAt() : max;
        }
        em.createQuery("SELECT c.ticketId, c.createdAt, c.bodyText FROM TicketComment c WHERE c.ticketId IN :ids"
                        + " AND c.createdAt >= :min AND c.createdAt <= :max", Object[].class)
                .setParameter("ids", ids)
                .setParameter("min", min)
                .setParameter("max", max)
                .getResultList()
                .forEach(r -> texts.merge(r[0] + "@" + r[1], (String) r[2], (a, b) -> a + "\n" + b));
        return texts;
    }

    private Map<Long, String> pairs(String jpql, Set<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList().forEach(r -> out.put((Long) r[0], (String) r[1]));
        return out;
    }

    private static Map<String, String> payload(String json) {
        Map<String, String> data = new LinkedHashMap<>();
        try {
            JsonObject object = Json.createReader(new StringReader(json)).readObject();
            object.forEach((k, v) -> data.put(k, v instanceof JsonString s ? s.getString() : v == JsonValue.NULL ? null : v.toString()));
        } catch (RuntimeException e) {
            // a payload this reader cannot parse still makes a notification, just a plainer one
        }
        return data;
    }
}
