package io.switchboard.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.benmanes.caffeine.cache.Ticker;
import io.switchboard.application.count.Counts;
import io.switchboard.application.count.TallyKey;
import io.switchboard.application.count.TallySnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimedCountsTest {

    private static final Instant TODAY = Instant.parse("2026-11-22T00:00:00Z");
    private static final TallyKey CELL = new TallyKey(1, (short) 2, 0, 0, 0);

    private static final Duration MAX_AGE = Duration.ofMillis(300);

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker clock = nanos::get;
    private final TimedCounts counts = new TimedCounts(MAX_AGE, clock);
    private final AtomicInteger counted = new AtomicInteger();

    private static TallySnapshot snapshot(long generation, long pendingTickets) {
        Map<TallyKey, Counts> pending =
                pendingTickets == 0 ? Map.of() : Map.of(CELL, new Counts(pendingTickets, 0, 0, 0));
        return new TallySnapshot(generation, Map.of(CELL, new Counts(10, 0, 0, 0)), pending);
    }

    private long[] count() {
        int n = counted.incrementAndGet();
        return new long[] {n, 100 + n};
    }

    @Test
    void aRecentCountIsReusedWhileNoTicketMoved() {
        assertArrayEquals(new long[] {1, 101}, counts.get("all", TODAY, snapshot(4, 0), this::count));
        assertArrayEquals(new long[] {1, 101}, counts.get("all", TODAY, snapshot(4, 0), this::count));
        assertEquals(1, counted.get());
    }

    @Test
    void aTicketChangeOrAFoldMeansCountingAgain() {
        counts.get("all", TODAY, snapshot(4, 0), this::count);
        assertArrayEquals(
                new long[] {2, 102}, counts.get("all", TODAY, snapshot(4, 1), this::count), "a pending delta");
        assertArrayEquals(
                new long[] {3, 103}, counts.get("all", TODAY, snapshot(5, 0), this::count), "a new fold generation");
    }

    @Test
    void scopesAndDaysAreCountedApart() {
        counts.get("all", TODAY, snapshot(4, 0), this::count);
        assertArrayEquals(new long[] {2, 102}, counts.get("board 7", TODAY, snapshot(4, 0), this::count));
        assertArrayEquals(
                new long[] {3, 103}, counts.get("all", TODAY.plusSeconds(86_400), snapshot(4, 0), this::count));
    }

    @Test
    void countsOlderThanTheMaximumAgeAreCountedAgain() {
        counts.get("all", TODAY, snapshot(4, 0), this::count);
        nanos.addAndGet(MAX_AGE.toNanos() - 1);
        assertArrayEquals(new long[] {1, 101}, counts.get("all", TODAY, snapshot(4, 0), this::count), "still young");
        nanos.addAndGet(1);
        assertArrayEquals(new long[] {2, 102}, counts.get("all", TODAY, snapshot(4, 0), this::count), "now old");
    }

    @Test
    void oneCallerRecountsAnOldEntryWhileTheOthersGetThePreviousCounts() throws Exception {
        TallySnapshot basis = snapshot(4, 0);
        counts.get("all", TODAY, basis, this::count);
        nanos.addAndGet(MAX_AGE.toNanos());

        CountDownLatch recounting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<long[]> slow = pool.submit(() -> counts.get("all", TODAY, basis, () -> {
                recounting.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return count();
            }));
            recounting.await(5, TimeUnit.SECONDS);
            assertArrayEquals(
                    new long[] {1, 101},
                    counts.get("all", TODAY, basis, this::count),
                    "served from memory during the recount");
            release.countDown();
            assertArrayEquals(new long[] {2, 102}, slow.get(5, TimeUnit.SECONDS));
            assertArrayEquals(new long[] {2, 102}, counts.get("all", TODAY, basis, this::count));
            assertEquals(2, counted.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
