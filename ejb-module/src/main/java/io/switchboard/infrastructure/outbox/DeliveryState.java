package io.switchboard.infrastructure.outbox;

/** Where a delivery stands: waiting (first try or a retry), done, given up on, or not needed (nobody wants it). */
public enum DeliveryState {
    PENDING,
    DELIVERED,
    DEAD,
    SKIPPED
}
