package io.switchboard.application.view;

import java.time.Instant;
import java.util.List;

/** Outbox deliveries for admins: what went where, how often it was tried, and what failed. */
public final class DeliveryViews {

    private DeliveryViews() {}

    public record DeliveryView(
            long id,
            String eventId,
            String eventType,
            String ticketNumber,
            String subscriber,
            String state,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            Instant createdAt,
            Instant deliveredAt,
            List<AttemptView> log) {}

    public record AttemptView(int attempt, Instant at, String outcome, String detail, long durationMs) {}
}
