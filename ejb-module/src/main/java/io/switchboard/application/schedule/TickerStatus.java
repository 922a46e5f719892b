package io.switchboard.application.schedule;

import java.time.Instant;
import java.util.List;

/**
 * A ticker as this server sees it.
 *
 * @param holder the server that holds the lease according to the database (null when free or not leased)
 * @param heldHere whether this server holds it and runs the ticks
 * @param runs how many ticks ran on this server since it started
 * @param recent the last runs on this server, newest first
 */
public record TickerStatus(
        String name,
        boolean leased,
        long everyMillis,
        long leaseMillis,
        String server,
        String holder,
        Instant holderExpiresAt,
        boolean heldHere,
        long term,
        long runs,
        long failures,
        String lastError,
        List<TickRun> recent) {

    /** One tick that ran on this server. */
    public record TickRun(long term, Instant startedAt, Instant finishedAt, boolean failed) {}
}
