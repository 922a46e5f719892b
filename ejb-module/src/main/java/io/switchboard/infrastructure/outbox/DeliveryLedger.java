package io.switchboard.infrastructure.outbox;

import io.switchboard.application.notify.EventSubscriber;
import io.switchboard.application.notify.NotificationPlanner;
import io.switchboard.domain.plugin.RetrySchedule;
import io.switchboard.plugin.notify.DeliveryResult;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
        List<OutboxEvent> events = em.createQuery("SELECT e FROM OutboxEvent e WHERE e.dispatchedAt IS NULL ORDER BY e.id", OutboxEvent.class)
                .setMaxResults(max)
                .getResultList();
        for (OutboxEvent event : events) {
            for (EventSubscriber s : subscribers) {
                // A per-person channel nobody would hear on gets no delivery: reading is cheaper than a delivery's writes.
                if (s.wants(event.type()) && s.channel().map(channel -> planner.reachesAnyone(event, channel)).orElse(true)) {
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
        return !em.createQuery("SELECT e.id FROM OutboxEvent e WHERE e.dispatchedAt IS NULL", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Due> due(Instant now, int max) {
        return em.createQuery("SELECT d FROM OutboxDelivery d WHERE d.state = :s AND d.nextAttemptAt <= :now ORDER BY d.nextAttemptAt, d.id",
                        OutboxDelivery.class)
                .setParameter("s", DeliveryState.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultStream()
                .map(d -> new Due(d.id(), d.outboxId(), d.eventId(), d.eventType(), d.subscriber(), d.attempts()))
                .toList();
    }

    /** Records one attempt and schedules the next, or gives up after the subscriber's last retry. */
    public void record(long deliveryId, DeliveryResult result, long durationMs, RetrySchedule retry, RandomGenerator random, Instant now) {
        OutboxDelivery d = em.find(OutboxDelivery.class, deliveryId);
        if (d == null || d.state() != DeliveryState.PENDING) {
            return;
        }
        int attempt = d.attempts() + 1;
        switch (result.outcome()) {
            case DELIVERED -> d.delivered(now);
            case REJECTED -> d.failed("rejected: " + result.detail(), null, now);
            case RETRY -> {
                if (retry.exhaustedAfter(attempt)) {
                    d.failed(result.detail() + " (gave up after " + attempt + " attempts)", null, now);
                } else {
                    Duration wait = retry.delayAfter(attempt, random);
                    if (result.retryAfter() != null && result.retryAfter().compareTo(wait) > 0) {
                        wait = result.retryAfter().compareTo(Duration.ofSeconds(retry.maxSeconds())) > 0
                                ? Duration.ofSeconds(retry.maxSeconds()) : result.retryAfter();
                    }
                    d.failed(result.detail(), now.plus(wait), now);
                }
            }
        }
        em.persist(new DeliveryAttempt(deliveryId, attempt, now, result.outcome().name(), result.detail(), durationMs));
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

    public void postpone(long deliveryId, String why, Instant until, Instant now) {
        OutboxDelivery d = em.find(OutboxDelivery.class, deliveryId);
        if (d != null && d.state() == DeliveryState.PENDING) {
            d.postpone(why, until, now);
        }
    }
}
