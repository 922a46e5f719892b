package io.switchboard.infrastructure.outbox;

import io.switchboard.application.notify.SubscriberBacklog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The outbox's answer to {@link SubscriberBacklog}: two small queries on the delivery tables. */
@ApplicationScoped
public class OutboxSubscriberBacklog implements SubscriberBacklog {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Override
    public Backlog of(String subscriberKey) {
        Object[] waiting = em.createQuery(
                        "SELECT COUNT(d), MIN(d.createdAt) FROM OutboxDelivery d WHERE d.subscriber = :s AND d.state = :p",
                        Object[].class)
                .setParameter("s", subscriberKey)
                .setParameter("p", DeliveryState.PENDING)
                .getSingleResult();
        List<FailedAttempt> errors = em.createQuery(
                        "SELECT a FROM DeliveryAttempt a, OutboxDelivery d WHERE a.deliveryId = d.id"
                                + " AND d.subscriber = :s AND a.outcome <> 'DELIVERED' ORDER BY a.at DESC, a.id DESC",
                        DeliveryAttempt.class)
                .setParameter("s", subscriberKey)
                .setMaxResults(LAST_ERRORS)
                .getResultStream()
                .map(a -> new FailedAttempt(a.at(), a.outcome(), a.detail()))
                .toList();
        long pending = waiting[0] == null ? 0 : ((Number) waiting[0]).longValue();
        return new Backlog(pending, (Instant) waiting[1], errors);
    }
}
