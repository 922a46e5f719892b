package io.switchboard.application.notify;

import java.time.Duration;

/**
 * What a subscriber made of one delivery. {@code DELIVERED} ends it; {@code RETRY} is a failed
 * try (no sooner than {@code retryAfter} when given); {@code REJECTED} means retrying cannot
 * help, so it goes straight to the dead letters. {@code detail} goes into the delivery log:
 * never secrets or message bodies.
 */
public record DeliveryOutcome(Outcome outcome, String detail, Duration retryAfter) {

    public enum Outcome {
        DELIVERED,
        RETRY,
        REJECTED
    }

    public static DeliveryOutcome delivered(String detail) {
        return new DeliveryOutcome(Outcome.DELIVERED, detail, null);
    }

    public static DeliveryOutcome retry(String detail) {
        return new DeliveryOutcome(Outcome.RETRY, detail, null);
    }

    public static DeliveryOutcome retryAfter(String detail, Duration after) {
        return new DeliveryOutcome(Outcome.RETRY, detail, after);
    }

    public static DeliveryOutcome rejected(String detail) {
        return new DeliveryOutcome(Outcome.REJECTED, detail, null);
    }
}
