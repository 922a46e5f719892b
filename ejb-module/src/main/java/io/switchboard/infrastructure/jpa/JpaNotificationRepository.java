package io.switchboard.infrastructure.jpa;

import io.switchboard.domain.notification.Notification;
import io.switchboard.domain.notification.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public Set<String> recipientsOf(String eventId) {
        return Set.copyOf(em.createQuery("SELECT n.recipient FROM Notification n WHERE n.eventId = :e", String.class)
                .setParameter("e", eventId)
                .getResultList());
    }

    @Override
    public Notification add(Notification notification) {
        em.persist(notification);
        return notification;
    }

    @Override
    public List<Notification> forRecipient(String recipient, boolean unreadOnly, int first, int max) {
        return em.createQuery(
                        "SELECT n FROM Notification n WHERE n.recipient = :r"
                                + (unreadOnly ? " AND n.readAt IS NULL" : "") + " ORDER BY n.id DESC",
                        Notification.class)
                .setParameter("r", recipient)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long count(String recipient, boolean unreadOnly) {
        return em.createQuery(
                        "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :r"
                                + (unreadOnly ? " AND n.readAt IS NULL" : ""),
                        Long.class)
                .setParameter("r", recipient)
                .getSingleResult();
    }

    @Override
    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public int markAllRead(String recipient, Instant at) {
        return em.createQuery("UPDATE Notification n SET n.readAt = :at WHERE n.recipient = :r AND n.readAt IS NULL")
                .setParameter("at", at)
                .setParameter("r", recipient)
                .executeUpdate();
    }
}
