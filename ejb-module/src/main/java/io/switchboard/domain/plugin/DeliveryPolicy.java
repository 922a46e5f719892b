package io.switchboard.domain.plugin;

import io.switchboard.domain.shared.InvalidInputException;

/**
 * How a notifier instance is delivered to: how many of its deliveries may run at once (null:
 * the server's default, {@code switchboard.outbox.concurrency}) and whether it keeps per-ticket
 * order, where event n+1 of a ticket is not delivered before event n has succeeded or gone to the
 * dead letters. Order costs throughput only on the same ticket: different tickets still run side by side.
 */
public record DeliveryPolicy(Integer concurrency, boolean ticketOrder) {

    public static final DeliveryPolicy DEFAULT = new DeliveryPolicy(null, false);
    public static final int MAX_CONCURRENCY = 32;

    public DeliveryPolicy {
        if (concurrency != null && (concurrency < 1 || concurrency > MAX_CONCURRENCY)) {
            throw new InvalidInputException("delivery.concurrency", "must be between 1 and " + MAX_CONCURRENCY);
        }
    }
}
