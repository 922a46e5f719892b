package io.switchboard.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Created/resolved counts of finished days, kept for a few minutes: a finished day's numbers move
 * only when an old ticket is reopened and resolved again, and a dashboard may show that a little late.
 */
@ApplicationScoped
public class DailyCounts {

    static final Duration TTL = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 20_000;

    private record Key(ZoneId zone, String scope, LocalDate day) {}

    private record Entry(long[] counts, long expiresAtNanos) {}

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    long[] get(ZoneId zone, String scope, LocalDate day) {
        Entry e = entries.get(new Key(zone, scope, day));
        return e == null || e.expiresAtNanos() < System.nanoTime() ? null : e.counts();
    }

    void put(ZoneId zone, String scope, LocalDate day, long[] counts) {
        if (entries.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            entries.values().removeIf(e -> e.expiresAtNanos() < now);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(new Key(zone, scope, day), new Entry(counts.clone(), System.nanoTime() + TTL.toNanos()));
    }
}
