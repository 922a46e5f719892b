package io.switchboard.application;

import io.switchboard.domain.access.IdempotencyRecord;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Remembers the first answer to each Idempotency-Key for a day. Lookups and records join the
 * caller's transaction, so the record commits with the thing it records, or not at all.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class IdempotencyService {

    static final Duration RETENTION = Duration.ofHours(24);

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<IdempotencyRecord> find(String principal, String key) {
        Optional<IdempotencyRecord> found = em.createQuery(
                        "SELECT r FROM IdempotencyRecord r WHERE r.principal = :p AND r.key = :k",
                        IdempotencyRecord.class)
                .setParameter("p", principal)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
        if (found.isPresent()
                && found.get().createdAt().isBefore(clock.instant().minus(RETENTION))) {
            em.remove(found.get()); // expired: the key is free again
            em.flush();
            return Optional.empty();
        }
        return found;
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(
            String principal, String key, String requestHash, int status, String location, String body, String etag) {
        em.persist(new IdempotencyRecord(principal, key, requestHash, status, location, body, etag, clock.instant()));
        em.flush(); // a concurrent twin with the same key fails here, inside the transaction, not at commit
    }

    @Schedule(minute = "17", hour = "*", persistent = false, info = "idempotency-purge")
    void purgeExpired() {
        em.createQuery("DELETE FROM IdempotencyRecord r WHERE r.createdAt < :before")
                .setParameter("before", clock.instant().minus(RETENTION))
                .executeUpdate();
    }
}
