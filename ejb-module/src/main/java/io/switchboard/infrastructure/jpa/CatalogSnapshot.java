package io.switchboard.infrastructure.jpa;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The ids of a small catalogue (statuses, SLA policies, agents...), kept in memory for a few
 * seconds. Entities are then looked up by id, which the shared cache answers without SQL, so a
 * hot path never runs a catalogue query. A change on this server clears it at once; a change
 * on another server shows within the refresh interval.
 */
final class CatalogSnapshot {

    static final Duration REFRESH = Duration.ofSeconds(10);

    private final Supplier<List<Long>> loader;
    private volatile List<Long> ids;
    private volatile long loadedAt;

    CatalogSnapshot(Supplier<List<Long>> loader) {
        this.loader = loader;
    }

    List<Long> ids() {
        List<Long> current = ids;
        if (current == null || System.nanoTime() - loadedAt > REFRESH.toNanos()) {
            current = List.copyOf(loader.get());
            ids = current;
            loadedAt = System.nanoTime();
        }
        return current;
    }

    void invalidate() {
        ids = null;
    }
}
