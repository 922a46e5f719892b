package io.switchboard.application;

import io.switchboard.domain.access.IdempotencyRecord;
import io.switchboard.domain.access.IdempotencyRepository;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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

    @Inject
    IdempotencyRepository records;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<IdempotencyRecord> find(String principal, String key) {
        Optional<IdempotencyRecord> found = records.find(principal, key);
        if (found.isPresent()
                && found.get().createdAt().isBefore(clock.instant().minus(RETENTION))) {
            records.remove(found.get()); // expired: the key is free again
            return Optional.empty();
        }
        return found;
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(
            String principal, String key, String requestHash, int status, String location, String body, String etag) {
        records.add(new IdempotencyRecord(principal, key, requestHash, status, location, body, etag, clock.instant()));
    }

    @Schedule(minute = "17", hour = "*", persistent = false, info = "idempotency-purge")
    void purgeExpired() {
        records.removeMadeBefore(clock.instant().minus(RETENTION));
    }
}
