package io.switchboard.application.search;

import java.time.Instant;

/**
 * What this server's index holds.
 *
 * @param documents tickets in the index
 * @param position the newest outbox event taken in
 * @param rebuilding whether a rebuild runs now
 * @param lastRebuild when the last rebuild finished (null: none since the server started)
 * @param lastRebuildMillis how long it took
 */
public record SearchIndexStatus(
        String engine,
        long documents,
        long position,
        boolean rebuilding,
        Instant lastRebuild,
        long lastRebuildMillis) {}
