package io.switchboard.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private void fail(int times, String name, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, address);
        }
    }

    @Test
    void fiveFailuresAreFreeThenEachDoublesTheWait() {
        fail(5, "agent", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.waitFor("agent", "10.0.0.1"));
        fail(1, "agent", "10.0.0.1");
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("agent", "10.0.0.1"));
        fail(1, "agent", "10.0.0.1");
        assertEquals(Duration.ofSeconds(2), throttle.waitFor("agent", "10.0.0.1"));
        fail(1, "agent", "10.0.0.1");
        assertEquals(Duration.ofSeconds(4), throttle.waitFor("agent", "10.0.0.1"));
        now = now.plusSeconds(3);
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("agent", "10.0.0.1"));
    }

    @Test
    void theWaitStopsAtItsCap() {
        fail(40, "agent", "10.0.0.1");
        assertEquals(Duration.ofMinutes(15), throttle.waitFor("agent", "10.0.0.1"));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.delay(1000, Duration.ofMinutes(15)));
    }

    @Test
    void theOwnerElsewhereIsNotLockedOutBySomeoneElsesGuesses() {
        fail(10, "agent", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.waitFor("agent", "10.0.0.2"));
        assertEquals(Duration.ZERO, throttle.waitFor("AGENT", "10.0.0.2"));
        assertEquals(Duration.ofSeconds(16), throttle.waitFor("Agent", "10.0.0.1"), "names count without case");
    }

    @Test
    void anAddressTryingManyNamesIsThrottledForAll() {
        for (int i = 0; i < 21; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("someone-else", "10.0.0.9"));
    }

    @Test
    void aNameGuessedFromEverywhereWaitsEverywhereAfterItsLargerAllowance() {
        for (int i = 0; i < 51; i++) {
            throttle.failed("admin", "10.1.0." + i);
        }
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("admin", "10.9.9.9"));
    }

    @Test
    void aSuccessClearsThePairAndQuietTimeClearsTheRest() {
        fail(6, "agent", "10.0.0.1");
        throttle.succeeded("agent", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.waitFor("agent", "10.0.0.1"));
        fail(6, "agent", "10.0.0.1");
        now = now.plus(LoginThrottle.QUIET).plusSeconds(2);
        fail(1, "agent", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.waitFor("agent", "10.0.0.1"), "counting started over");
    }
}
