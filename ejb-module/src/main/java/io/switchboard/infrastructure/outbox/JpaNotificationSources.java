package io.switchboard.infrastructure.outbox;

import io.switchboard.application.notify.NotificationSources;
import io.switchboard.domain.directory.Agent;
import io.switchboard.domain.ticket.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dispatcher asks {@link #parties}, {@link #hasWatchers} and {@link #hasSubscribers} for every
 * event and channel, so each is a single-row read of an indexed column.
 */
@ApplicationScoped
public class JpaNotificationSources implements NotificationSources {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public Optional<StoredEvent> event(long outboxId) {
        return Optional.ofNullable(em.find(OutboxEvent.class, outboxId))
                .map(e -> new StoredEvent(
                        e.eventId(), e.type(), e.ticketId(), e.occurredAt(), e.actor(), e.origin(), e.payload()));
    }

    @Override
    public Optional<Ticket> ticket(long id) {
        return Optional.ofNullable(em.find(Ticket.class, id));
    }

    @Override
    public Optional<Parties> parties(long ticketId) {
        return em.createQuery(
                        "SELECT t.assigneeId, t.boardId, t.contactId FROM Ticket t WHERE t.id = :id", Object[].class)
                .setParameter("id", ticketId)
                .getResultStream()
                .findFirst()
                .map(t -> new Parties((Long) t[0], (Long) t[1], (Long) t[2]));
    }

    @Override
    public boolean hasWatchers(long ticketId) {
        return exists("SELECT 1 FROM ticket_watcher WHERE ticket_id = ?", ticketId);
    }

    @Override
    public boolean hasSubscribers(long boardId) {
        return exists("SELECT 1 FROM board_subscription WHERE board_id = ?", boardId);
    }

    @Override
    public Optional<Agent> agentByLogin(String login) {
        return em.createQuery("SELECT a FROM Agent a WHERE LOWER(a.username) = :u", Agent.class)
                .setParameter("u", login.toLowerCase())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<String> contactName(String email) {
        return em.createQuery("SELECT c.name FROM Contact c WHERE c.email = :e", String.class)
                .setParameter("e", email)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Agent> boardSubscribers(long boardId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT agent_id FROM board_subscription WHERE board_id = ?")
                .setParameter(1, boardId)
                .getResultList();
        Set<Long> unique = new HashSet<>();
        ids.forEach(n -> unique.add(n.longValue()));
        return unique.stream()
                .map(id -> em.find(Agent.class, id))
                .filter(a -> a != null)
                .toList();
    }

    private boolean exists(String sql, Object key) {
        return !em.createNativeQuery(sql)
                .setParameter(1, key)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
