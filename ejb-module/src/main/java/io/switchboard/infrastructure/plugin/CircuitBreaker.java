package io.switchboard.infrastructure.plugin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One plugin instance's breaker: after {@code threshold} failures in a row it opens and refuses
 * calls for {@code cooldown}, then lets one trial call through; a success closes it again.
 *
 * <p>Why not MicroProfile Fault Tolerance's {@code @CircuitBreaker}: its state belongs to the
 * annotated method, so every webhook target would share one breaker and a single dead receiver
 * would cut off all the healthy ones. Breakers here are per configured instance, created and
 * dropped with it.
 */
public final class CircuitBreaker {

    public enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    private final int threshold;
    private final Duration cooldown;
    private final Clock clock;
    private State state = State.CLOSED;
    private int failures;
    private Instant openedAt;
    private boolean trialRunning;
    private String lastFailure;

    CircuitBreaker(int threshold, Duration cooldown, Clock clock) {
        this.threshold = threshold;
        this.cooldown = cooldown;
        this.clock = clock;
    }

    /** What a caller may do now: call, call as the circuit's one trial, or not at all. */
    enum Permit {
        CALL,
        TRIAL,
        REFUSED
    }

    /** Whether a call may go through now; in HALF_OPEN only one trial at a time. */
    synchronized boolean tryAcquire() {
        return acquire() != Permit.REFUSED;
    }

    synchronized Permit acquire() {
        if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(cooldown))) {
            state = State.HALF_OPEN;
        }
        if (state == State.HALF_OPEN) {
            if (trialRunning) {
                return Permit.REFUSED;
            }
            trialRunning = true;
            return Permit.TRIAL;
        }
        return state == State.CLOSED ? Permit.CALL : Permit.REFUSED;
    }

    synchronized void success() {
        state = State.CLOSED;
        failures = 0;
        trialRunning = false;
        lastFailure = null;
    }

    /** The call acquired was never made (no free slot): a trial it held is free again, nothing is counted. */
    synchronized void notTried() {
        trialRunning = false;
    }

    synchronized void failure(String reason) {
        lastFailure = reason;
        trialRunning = false;
        failures++;
        if (state == State.HALF_OPEN || failures >= threshold) {
            state = State.OPEN;
            openedAt = clock.instant();
        }
    }

    synchronized State state() {
        if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(cooldown))) {
            return State.HALF_OPEN;
        }
        return state;
    }

    synchronized String lastFailure() {
        return lastFailure;
    }

    synchronized Instant retryAt() {
        return state == State.OPEN ? openedAt.plus(cooldown) : null;
    }
}
