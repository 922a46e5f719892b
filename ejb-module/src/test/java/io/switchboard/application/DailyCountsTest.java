package io.switchboard.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DailyCountsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private final AtomicLong nanos = new AtomicLong();
    private final DailyCounts daily = new DailyCounts(nanos::get);

    @Test
    void aFinishedDayIsRememberedUntilItsTimeToLiveEnds() {
        daily.put(ZONE, "all", DAY, new long[] {7, 3});
        nanos.addAndGet(DailyCounts.TTL.toNanos() - 1);
        assertArrayEquals(new long[] {7, 3}, daily.get(ZONE, "all", DAY));
        nanos.addAndGet(1);
        assertNull(daily.get(ZONE, "all", DAY));
    }

    @Test
    void zonesScopesAndDaysAreKeptApart() {
        daily.put(ZONE, "all", DAY, new long[] {7, 3});
        assertNull(daily.get(ZoneId.of("UTC"), "all", DAY));
        assertNull(daily.get(ZONE, "board 2", DAY));
        assertNull(daily.get(ZONE, "all", DAY.minusDays(1)));
    }

    @Test
    void whatACallerDoesWithItsCopyDoesNotChangeTheMemory() {
        long[] stored = {7, 3};
        daily.put(ZONE, "all", DAY, stored);
        stored[0] = 99;
        daily.get(ZONE, "all", DAY)[1] = 99;
        assertArrayEquals(new long[] {7, 3}, daily.get(ZONE, "all", DAY));
    }
}
