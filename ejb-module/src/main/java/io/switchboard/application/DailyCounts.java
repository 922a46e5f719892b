package io.switchboard.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Created/resolved counts of finished days, kept for a few minutes: a finished day's numbers move
 * only when an old ticket is reopened and resolved again, and a dashboard may show that a little
 * late, or when an import writes into them, which moves the stamp its callers put in the scope.
 */
@ApplicationScoped
public class DailyCounts {

    static final Duration TTL = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 20_000;

    private record Key(ZoneId zone, String scope, LocalDate day) {}

    private final Cache<Key, long[]> entries;

    public DailyCounts() {
        this(Ticker.systemTicker());
    }

    DailyCounts(Ticker ticker) {
        entries = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfterWrite(TTL)
                .ticker(ticker)
                .build();
    }

    long[] get(ZoneId zone, String scope, LocalDate day) {
        long[] counts = entries.getIfPresent(new Key(zone, scope, day));
        return counts == null ? null : counts.clone();
    }

    void put(ZoneId zone, String scope, LocalDate day, long[] counts) {
        entries.put(new Key(zone, scope, day), counts.clone());
    }
}
