package io.switchboard.infrastructure.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void opensAfterTheThresholdThenLetsOneTrialThroughAfterTheCooldown() {
        ManualClock clock = new ManualClock();
        CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30), clock);
        for (int i = 0; i < 3; i++) {
            assertTrue(breaker.tryAcquire());
            breaker.failure("boom");
        }
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.tryAcquire());
        clock.now = clock.now.plusSeconds(31);
        assertTrue(breaker.tryAcquire(), "one trial after the cooldown");
        assertFalse(breaker.tryAcquire(), "only one trial at a time");
        breaker.success();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.tryAcquire());
    }

    @Test
    void aFailedTrialOpensItAgain() {
        ManualClock clock = new ManualClock();
        CircuitBreaker breaker = new CircuitBreaker(1, Duration.ofSeconds(10), clock);
        breaker.tryAcquire();
        breaker.failure("down");
        clock.now = clock.now.plusSeconds(11);
        assertTrue(breaker.tryAcquire());
        breaker.failure("still down");
        assertFalse(breaker.tryAcquire());
        assertEquals("still down", breaker.lastFailure());
    }

    @Test
    void successesResetTheCount() {
        CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofSeconds(10), new ManualClock());
        breaker.failure("a");
        breaker.success();
        breaker.failure("b");
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }

    @Test
    void aTrialThatWasNeverMadeFreesTheTrialWithoutCountingAFailure() {
        ManualClock clock = new ManualClock();
        CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofSeconds(30), clock);
        breaker.failure("one");
        breaker.failure("two");
        assertEquals(CircuitBreaker.Permit.REFUSED, breaker.acquire());
        clock.now = clock.now.plusSeconds(30);
        assertEquals(CircuitBreaker.Permit.TRIAL, breaker.acquire());
        assertEquals(CircuitBreaker.Permit.REFUSED, breaker.acquire(), "one trial at a time");
        breaker.notTried(); // no free slot for it
        assertEquals(CircuitBreaker.Permit.TRIAL, breaker.acquire(), "the next caller gets the trial");
        breaker.success();
        assertEquals(CircuitBreaker.Permit.CALL, breaker.acquire());
    }
}
