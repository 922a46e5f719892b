package io.switchboard.domain.access;

import java.time.Instant;
import java.util.Optional;

/** The remembered first answers to Idempotency-Keys. */
public interface IdempotencyRepository {

    Optional<IdempotencyRecord> find(String principal, String key);

    /** Stores it now, so that a concurrent twin with the same key fails inside its transaction, not at commit. */
    void add(IdempotencyRecord record);

    /** Forgets it now, so that its key can be recorded again in the same transaction. */
    void remove(IdempotencyRecord record);

    /** Forgets every record made before {@code before}; answers how many. */
    int removeMadeBefore(Instant before);
}
