package io.switchboard.infrastructure.outbox;

import io.switchboard.application.DeliveryLog;
import io.switchboard.application.view.DeliveryViews.AttemptView;
import io.switchboard.application.view.DeliveryViews.DeliveryView;
import io.switchboard.application.view.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Deliveries and attempts in JPQL, each listed delivery with the number of its event's ticket. */
@ApplicationScoped
public class JpaDeliveryLog implements DeliveryLog {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public List<String> states() {
        return Arrays.stream(DeliveryState.values())
                .map(v -> v.name().toLowerCase())
                .toList();
    }

    @Override
    public Page<DeliveryView> list(String state, String subscriber, String eventId, int page, int pageSize) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (state != null) {
            where.append(" AND d.state = :state");
        }
        if (subscriber != null) {
            where.append(" AND d.subscriber = :subscriber");
        }
        if (eventId != null) {
            where.append(" AND d.eventId = :eventId");
        }
        var q = em.createQuery("SELECT d FROM OutboxDelivery d" + where + " ORDER BY d.id DESC", OutboxDelivery.class);
        var count = em.createQuery("SELECT COUNT(d) FROM OutboxDelivery d" + where, Long.class);
        bind(q, state, subscriber, eventId);
        bind(count, state, subscriber, eventId);
        List<DeliveryView> items = q.setFirstResult((page - 1) * pageSize)
                .setMaxResults(pageSize)
                .getResultStream()
                .map(d -> view(d, List.of()))
                .toList();
        return new Page<>(items, count.getSingleResult(), page, pageSize);
    }

    private static void bind(TypedQuery<?> q, String state, String subscriber, String eventId) {
        if (state != null) {
            q.setParameter("state", DeliveryState.valueOf(state.toUpperCase()));
        }
        if (subscriber != null) {
            q.setParameter("subscriber", subscriber);
        }
        if (eventId != null) {
            q.setParameter("eventId", eventId);
        }
    }

    @Override
    public Optional<DeliveryView> withAttempts(long id) {
        return Optional.ofNullable(em.find(OutboxDelivery.class, id)).map(d -> view(d, attempts(id)));
    }

    private List<AttemptView> attempts(long id) {
        return em.createQuery(
                        "SELECT a FROM DeliveryAttempt a WHERE a.deliveryId = :d ORDER BY a.attempt, a.at",
                        DeliveryAttempt.class)
                .setParameter("d", id)
                .getResultStream()
                .map(a -> new AttemptView(a.attempt(), a.at(), a.outcome(), a.detail(), a.durationMs()))
                .toList();
    }

    @Override
    public List<DeliveryView> dead(String subscriber, int max) {
        String where = subscriber == null ? "" : " AND d.subscriber = :s";
        var q = em.createQuery("SELECT d FROM OutboxDelivery d WHERE d.state = :dead" + where, OutboxDelivery.class)
                .setParameter("dead", DeliveryState.DEAD);
        if (subscriber != null) {
            q.setParameter("s", subscriber);
        }
        return q.setMaxResults(max)
                .getResultStream()
                .map(d -> view(d, List.of()))
                .toList();
    }

    @Override
    public DeliveryView restart(long id, Instant now) {
        em.createQuery(
                        "UPDATE OutboxDelivery d SET d.state = :pending, d.attempts = 0, d.nextAttemptAt = :now, d.updatedAt = :now WHERE d.id = :id")
                .setParameter("pending", DeliveryState.PENDING)
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate();
        OutboxDelivery d = em.find(OutboxDelivery.class, id);
        em.refresh(d);
        return view(d, List.of());
    }

    private DeliveryView view(OutboxDelivery d, List<AttemptView> log) {
        OutboxEvent e = em.find(OutboxEvent.class, d.outboxId());
        return new DeliveryView(
                d.id(),
                d.eventId(),
                d.eventType(),
                e == null ? null : e.ticketNumber(),
                d.subscriber(),
                d.state().name(),
                d.attempts(),
                d.nextAttemptAt(),
                d.lastError(),
                d.createdAt(),
                d.deliveredAt(),
                log);
    }
}
