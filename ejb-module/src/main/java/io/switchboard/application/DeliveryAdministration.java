package io.switchboard.application;

import io.switchboard.application.view.DeliveryViews.AttemptView;
import io.switchboard.application.view.DeliveryViews.DeliveryView;
import io.switchboard.application.view.Page;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.shared.ConflictException;
import io.switchboard.infrastructure.outbox.DeliveryAttempt;
import io.switchboard.infrastructure.outbox.DeliveryState;
import io.switchboard.infrastructure.outbox.OutboxDelivery;
import io.switchboard.infrastructure.outbox.OutboxEvent;
import io.switchboard.infrastructure.plugin.PluginRegistryStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/** Deliveries for admins: list them by state and subscriber, read one's attempt log, replay dead letters. */
@Stateless
public class DeliveryAdministration {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    PluginRegistryStore audit;

    @Inject
    Clock clock;

    public Page<DeliveryView> list(String state, String subscriber, String eventId, int page, int pageSize) {
        DeliveryState s = state == null ? null : state(state);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (s != null) {
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
        if (s != null) {
            q.setParameter("state", s);
            count.setParameter("state", s);
        }
        if (subscriber != null) {
            q.setParameter("subscriber", subscriber);
            count.setParameter("subscriber", subscriber);
        }
        if (eventId != null) {
            q.setParameter("eventId", eventId);
            count.setParameter("eventId", eventId);
        }
        List<DeliveryView> items = q.setFirstResult((page - 1) * pageSize).setMaxResults(pageSize).getResultStream()
                .map(d -> view(d, List.of())).toList();
        return new Page<>(items, count.getSingleResult(), page, pageSize);
    }

    public DeliveryView get(long id) {
        OutboxDelivery d = find(id);
        List<AttemptView> log = em.createQuery("SELECT a FROM DeliveryAttempt a WHERE a.deliveryId = :d ORDER BY a.attempt, a.at", DeliveryAttempt.class)
                .setParameter("d", id)
                .getResultStream()
                .map(a -> new AttemptView(a.attempt(), a.at(), a.outcome(), a.detail(), a.durationMs()))
                .toList();
        return view(d, log);
    }

    /** Sends a dead (or skipped) delivery round again, from its first attempt. */
    public DeliveryView replay(long id, String actor) {
        OutboxDelivery d = find(id);
        if (d.state() != DeliveryState.DEAD && d.state() != DeliveryState.SKIPPED) {
            throw new ConflictException("Delivery " + id + " is " + d.state().name().toLowerCase() + "; only dead or skipped deliveries are replayed.");
        }
        replayOne(d, actor);
        return view(d, List.of());
    }

    /** Replays every dead delivery, optionally only those of one subscriber; returns how many. */
    public int replayDead(String subscriber, String actor) {
        String where = subscriber == null ? "" : " AND d.subscriber = :s";
        var q = em.createQuery("SELECT d FROM OutboxDelivery d WHERE d.state = :dead" + where, OutboxDelivery.class)
                .setParameter("dead", DeliveryState.DEAD);
        if (subscriber != null) {
            q.setParameter("s", subscriber);
        }
        List<OutboxDelivery> dead = q.setMaxResults(10_000).getResultList();
        dead.forEach(d -> replayOne(d, actor));
        return dead.size();
    }

    private void replayOne(OutboxDelivery d, String actor) {
        em.createQuery("UPDATE OutboxDelivery d SET d.state = :pending, d.attempts = 0, d.nextAttemptAt = :now, d.updatedAt = :now WHERE d.id = :id")
                .setParameter("pending", DeliveryState.PENDING)
                .setParameter("now", clock.instant())
                .setParameter("id", d.id())
                .executeUpdate();
        em.refresh(d);
        audit.audit(actor, "delivery-replay", null, null, "replayed delivery " + d.id() + " of event " + d.eventId() + " (" + d.eventType()
                + ") to " + d.subscriber(), null);
    }

    private OutboxDelivery find(long id) {
        OutboxDelivery d = em.find(OutboxDelivery.class, id);
        if (d == null) {
            throw new NotFoundException("Delivery", id);
        }
        return d;
    }

    private DeliveryView view(OutboxDelivery d, List<AttemptView> log) {
        OutboxEvent e = em.find(OutboxEvent.class, d.outboxId());
        return new DeliveryView(d.id(), d.eventId(), d.eventType(), e == null ? null : e.ticketNumber(), d.subscriber(), d.state().name(),
                d.attempts(), d.nextAttemptAt(), d.lastError(), d.createdAt(), d.deliveredAt(), log);
    }

    private static DeliveryState state(String s) {
        try {
            return DeliveryState.valueOf(s.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("state", "must be one of: " + String.join(", ",
                    Arrays.stream(DeliveryState.values()).map(v -> v.name().toLowerCase()).toList()));
        }
    }
}
