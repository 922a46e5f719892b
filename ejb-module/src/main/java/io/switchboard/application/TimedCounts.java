package io.switchboard.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.switchboard.application.count.TallySnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The dashboard's two time-dependent counts (overdue, resolved today), remembered per scope for
 * a few seconds, and only while the tally shows that no ticket changed status, priority, board,
 * category or assignee in between: any such change is counted at once. What the memory can miss
 * is time passing, a ticket crossing its deadline, for at most {@link #MAX_AGE}, well inside the
 * SLA watch's own interval (30 s by default). Counting overdue tickets is a range read of the
 * deadline index that grows with their number (about 200 ms for 90,000 at 1M tickets on Derby); a
 * busy dashboard asks many times a second.
 */
@ApplicationScoped
public class TimedCounts {

    static final Duration MAX_AGE = Duration.ofSeconds(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Key(String scope, Instant dayStart) {}

    private record Entry(TallySnapshot basis, long[] counts, long countedAtNanos, AtomicBoolean recounting) {}

    /** Not expiring by itself: an old entry is still served to everyone but the one caller recounting it. */
    private final Cache<Key, Entry> entries =
            Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

    private final long maxAgeNanos;
    private final Ticker ticker;

    public TimedCounts() {
        this(MAX_AGE, Ticker.systemTicker());
    }

    TimedCounts(Duration maxAge, Ticker ticker) {
        this.maxAgeNanos = maxAge.toNanos();
        this.ticker = ticker;
    }

    /**
     * The counts for {@code scope}, from {@code count} or from memory. Memory serves while the
     * tally has not moved and the counts are younger than {@link #MAX_AGE}; when they are older, one caller
     * recounts and the others keep getting the previous counts until it is done, so a busy
     * dashboard never queues up behind several identical counts.
     */
    long[] get(String scope, Instant dayStart, TallySnapshot basis, Supplier<long[]> count) {
        Key key = new Key(scope, dayStart);
        Entry e = entries.getIfPresent(key);
        long now = ticker.read();
        if (e != null && basis.sameCountsAs(e.basis())) {
            boolean fresh = now - e.countedAtNanos() < maxAgeNanos;
            if (fresh || !e.recounting().compareAndSet(false, true)) {
                return e.counts().clone();
            }
        }
        try {
            long[] counts = count.get();
            entries.put(key, new Entry(basis, counts.clone(), now, new AtomicBoolean()));
            return counts;
        } catch (RuntimeException ex) {
            if (e != null) {
                e.recounting().set(false);
            }
            throw ex;
        }
    }
}
