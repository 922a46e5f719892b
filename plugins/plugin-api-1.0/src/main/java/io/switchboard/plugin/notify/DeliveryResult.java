package io.switchboard.plugin.notify;

import java.time.Duration;

/**
 * What became of one delivery. {@code DELIVERED} ends it; {@code RETRY} schedules the next
 * attempt (no sooner than {@code retryAfter} when given, as a receiver's Retry-After asks);
 * {@code REJECTED} means retrying cannot help (a 4xx, an invalid address) and sends it straight
 * to the dead letters for an admin to look at. {@code detail} goes into the delivery log: never
 * put secrets or message bodies in it.
 */
public record DeliveryResult(Outcome outcome, String detail, Duration retryAfter) {

    public enum Outcome { DELIVERED, RETRY, REJECTED }

    public static DeliveryResult delivered(String detail) {
        return new DeliveryResult(Outcome.DELIVERED, detail, null);
    }

    public static DeliveryResult retry(String detail) {
        return new DeliveryResult(Outcome.RETRY, detail, null);
    }

    public static DeliveryResult retryAfter(String detail, Duration after) {
        return new DeliveryResult(Outcome.RETRY, detail, after);
    }

    public static DeliveryResult rejected(String detail) {
        return new DeliveryResult(Outcome.REJECTED, detail, null);
    }
}
