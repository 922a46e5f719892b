package io.switchboard.infrastructure.outbox;

import io.switchboard.application.notify.EventSubscriber;
import io.switchboard.application.notify.NotificationPlanner;
import io.switchboard.domain.plugin.RetrySchedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The dispatcher's bookkeeping, each step its own short transaction: fan new events out into
 * deliveries (and mark the events dispatched in the same commit), find what is due, and record
 * each attempt's outcome. A crash between any two steps loses nothing: an event is either not
 * fanned out yet or has its deliveries; a delivery whose outcome was not recorded is tried again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryLedger {

    /** A delivery that is due, as the dispatcher needs it outside a transaction. */
    public record Due(long id, long outboxId, String eventId, String eventType, String subscriber, int attempts) {}

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    NotificationPlanner planner;

    /** Creates a delivery per interested subscriber for up to {@code max} undispatched events; returns how many events. */
    public int fanOut(List<EventSubscriber> subscribers, int max, Instant now) {
        List<OutboxEvent> events = em.createQuery(
                        "SELECT e FROM OutboxEvent e WHERE e.dispatchedAt IS NULL ORDER BY e.id", OutboxEvent.class)
                .setMaxResults(max)
                .getResultList();
        for (OutboxEvent event : events) {
            for (EventSubscriber s : subscribers) {
                // A per-person channel nobody would hear on gets no delivery: reading is cheaper than a delivery's
                // writes.
                if (s.wants(event.type())
                        && s.channel()
                                .map(channel ->
                                        planner.reachesAnyone(event.type(), event.ticketId(), channel, event.payload()))
                                .orElse(true)) {
                    em.persist(new OutboxDelivery(event, s.key(), now));
                }
            }
            event.markDispatched(now);
        }
        return events.size();
    }

    /** Whether any event waits to be fanned out (an index-only probe, so idle ticks stay cheap). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean hasUndispatched() {
        return !em.createQuery("SELECT e.id FROM OutboxEvent e WHERE e.dispatchedAt IS NULL", Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * One subscriber's due deliveries, oldest first. With {@code ticketOrder}, only the oldest
     * pending delivery of each ticket: event n+1 of a ticket waits while event n is pending, and
     * is due once n has been delivered or has gone to the dead letters.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Due> due(String subscriber, boolean ticketOrder, Instant now, int max) {
        String order = ticketOrder
                ? " AND (d.ticketId IS NULL OR NOT EXISTS (SELECT e.id FROM OutboxDelivery e WHERE"
                        + " e.subscriber = d.subscriber AND e.ticketId = d.ticketId AND e.state = :s"
                        + " AND e.outboxId < d.outboxId))"
                : "";
        return em.createQuery(
                        "SELECT d FROM OutboxDelivery d WHERE d.subscriber = :sub AND d.state = :s"
                                + " AND d.nextAttemptAt <= :now" + order + " ORDER BY d.nextAttemptAt, d.id",
                        OutboxDelivery.class)
                .setParameter("sub", subscriber)
                .setParameter("s", DeliveryState.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultStream()
                .map(d -> new Due(d.id(), d.outboxId(), d.eventId(), d.eventType(), d.subscriber(), d.attempts()))
                .toList();
    }

    /** Subscribers other than {@code active} with due deliveries: deleted or switched-off ones. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> otherSubscribersDue(Set<String> active, Instant now) {
        String notActive = active.isEmpty() ? "" : " AND d.subscriber NOT IN :active";
        var query = em.createQuery(
                        "SELECT DISTINCT d.subscriber FROM OutboxDelivery d WHERE d.state = :s AND d.nextAttemptAt <= :now"
                                + notActive,
                        String.class)
                .setParameter("s", DeliveryState.PENDING)
                .setParameter("now", now)
                .setMaxResults(100);
        if (!active.isEmpty()) {
            query.setParameter("active", active);
        }
        return query.getResultList();
    }

    /** Every pending delivery of a subscriber that no longer exists goes to the dead letters, in one statement. */
    public int deadForSubscriber(String subscriber, String why, Instant now) {
        return em.createQuery("UPDATE OutboxDelivery d SET d.state = :dead, d.nextAttemptAt = NULL,"
                        + " d.lastError = :why, d.updatedAt = :now WHERE d.subscriber = :sub AND d.state = :s")
                .setParameter("dead", DeliveryState.DEAD)
                .setParameter("why", OutboxDelivery.cut(why))
                .setParameter("now", now)
                .setParameter("sub", subscriber)
                .setParameter("s", DeliveryState.PENDING)
                .executeUpdate();
    }

    /** Every due delivery of a switched-off subscriber waits, in one statement and without using up attempts. */
    public int postponeSubscriber(String subscriber, String why, Instant until, Instant now) {
        return em.createQuery("UPDATE OutboxDelivery d SET d.nextAttemptAt = :until, d.lastError = :why,"
                        + " d.updatedAt = :now WHERE d.subscriber = :sub AND d.state = :s AND d.nextAttemptAt <= :now")
                .setParameter("until", until)
                .setParameter("why", OutboxDelivery.cut(why))
                .setParameter("now", now)
                .setParameter("sub", subscriber)
                .setParameter("s", DeliveryState.PENDING)
                .executeUpdate();
    }

    /** The longest a delivery is postponed at once, whatever a refusal or a Retry-After asks for. */
    static final Duration POSTPONE_MAX = Duration.ofHours(1);

    /**
     * Records what a call came to: a real try uses up an attempt and schedules the next one (or
     * gives up after the subscriber's last retry); a refusal or a throttle only waits.
     */
    public void settle(
            long deliveryId,
            Verdict verdict,
            long durationMs,
            RetrySchedule retry,
            RandomGenerator random,
            Instant now) {
        OutboxDelivery d = em.find(OutboxDelivery.class, deliveryId);
        if (d == null || d.state() != DeliveryState.PENDING) {
            return;
        }
        int attempt = d.attempts() + 1;
        switch (verdict.kind()) {
            case DELIVERED -> d.delivered(now);
            case DEAD -> d.failed(verdict.detail(), null, now);
            case POSTPONE, THROTTLED -> {
                d.postpone(verdict.detail(), now.plus(atMost(verdict.delay(), POSTPONE_MAX)), now);
                attempt = d.attempts();
            }
            case RETRY -> {
                if (retry.exhaustedAfter(attempt)) {
                    d.failed(verdict.detail() + " (gave up after " + attempt + " attempts)", null, now);
                } else {
                    Duration wait = retry.delayAfter(attempt, random);
                    if (verdict.delay() != null && verdict.delay().compareTo(wait) > 0) {
                        wait = atMost(verdict.delay(), Duration.ofSeconds(retry.maxSeconds()));
                    }
                    d.failed(verdict.detail(), now.plus(wait), now);
                }
            }
        }
        if (verdict.kind() != Verdict.Kind.POSTPONE) { // a refusal never reached the subscriber: nothing to log
            em.persist(
                    new DeliveryAttempt(deliveryId, attempt, now, verdict.kind().name(), verdict.detail(), durationMs));
        }
    }

    /** A successful call, waiting to be recorded with others. */
    public record Delivered(long deliveryId, String detail, long durationMs) {}

    /** Records a group of successes in one transaction (one commit instead of one per delivery). */
    public void settleDelivered(List<Delivered> group, Instant now) {
        for (Delivered done : group) {
            OutboxDelivery d = em.find(OutboxDelivery.class, done.deliveryId());
            if (d != null && d.state() == DeliveryState.PENDING) {
                d.delivered(now);
                em.persist(new DeliveryAttempt(
                        done.deliveryId(),
                        d.attempts(),
                        now,
                        Verdict.Kind.DELIVERED.name(),
                        done.detail(),
                        done.durationMs()));
            }
        }
    }

    /** Postpones deliveries that would meet the same refusal now, in one statement and without using up attempts. */
    public void postponeAll(List<Long> deliveryIds, String why, Instant until, Instant now) {
        if (deliveryIds.isEmpty()) {
            return;
        }
        em.createQuery("UPDATE OutboxDelivery d SET d.nextAttemptAt = :until, d.lastError = :why, d.updatedAt = :now"
                        + " WHERE d.id IN :ids AND d.state = :s")
                .setParameter("until", until)
                .setParameter("why", OutboxDelivery.cut(why))
                .setParameter("now", now)
                .setParameter("ids", deliveryIds)
                .setParameter("s", DeliveryState.PENDING)
                .executeUpdate();
    }

    private static Duration atMost(Duration wait, Duration max) {
        return wait.compareTo(max) > 0 ? max : wait;
    }

    public void skip(long deliveryId, String why, Instant now) {
        OutboxDelivery d = em.find(OutboxDelivery.class, deliveryId);
        if (d != null && d.state() == DeliveryState.PENDING) {
            d.skipped(why, now);
        }
    }

    public void dead(long deliveryId, String why, Instant now) {
        OutboxDelivery d = em.find(OutboxDelivery.class, deliveryId);
        if (d != null && d.state() == DeliveryState.PENDING) {
            d.failed(why, null, now);
            em.persist(new DeliveryAttempt(deliveryId, d.attempts(), now, "DEAD", why, 0));
        }
    }
}
