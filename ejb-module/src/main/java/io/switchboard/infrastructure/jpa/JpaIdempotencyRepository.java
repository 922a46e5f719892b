package io.switchboard.infrastructure.jpa;

import io.switchboard.domain.access.IdempotencyRecord;
import io.switchboard.domain.access.IdempotencyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaIdempotencyRepository implements IdempotencyRepository {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public Optional<IdempotencyRecord> find(String principal, String key) {
        return em.createQuery(
                        "SELECT r FROM IdempotencyRecord r WHERE r.principal = :p AND r.key = :k",
                        IdempotencyRecord.class)
                .setParameter("p", principal)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(IdempotencyRecord record) {
        em.persist(record);
        em.flush();
    }

    @Override
    public void remove(IdempotencyRecord record) {
        em.remove(record);
        em.flush();
    }

    @Override
    public int removeMadeBefore(Instant before) {
        return em.createQuery("DELETE FROM IdempotencyRecord r WHERE r.createdAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }
}
