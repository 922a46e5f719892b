package io.switchboard.domain.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.domain.shared.InvalidInputException;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(8, 10, 300);

    @Test
    void delaysGrowExponentiallyWithFullJitterUpToTheCap() {
        SplittableRandom random = new SplittableRandom(42);
        for (int failed = 1; failed <= 8; failed++) {
            long cap = Math.min(10L << (failed - 1), 300) * 1000;
            long max = 0;
            long min = Long.MAX_VALUE;
            for (int i = 0; i < 2000; i++) {
                long d = schedule.delayAfter(failed, random).toMillis();
                max = Math.max(max, d);
                min = Math.min(min, d);
            }
            assertTrue(max <= cap, "attempt " + failed + " waited " + max + " ms, cap " + cap);
            assertTrue(max > cap * 9 / 10, "full jitter reaches near the cap: " + max + " of " + cap);
            assertTrue(min < cap / 10, "full jitter reaches near zero: " + min);
        }
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertFalse(schedule.exhaustedAfter(7));
        assertTrue(schedule.exhaustedAfter(8));
    }

    @Test
    void refusesSchedulesThatMakeNoSense() {
        assertThrows(InvalidInputException.class, () -> new RetrySchedule(0, 10, 60));
        assertThrows(InvalidInputException.class, () -> new RetrySchedule(3, 60, 10));
        assertEquals(Duration.ZERO, new RetrySchedule(1, 1, 1).delayAfter(1, () -> 0L));
    }
}
