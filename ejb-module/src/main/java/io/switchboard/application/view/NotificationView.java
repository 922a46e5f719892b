package io.switchboard.application.view;

import java.time.Instant;

public record NotificationView(
        long id,
        String type,
        long ticketId,
        String ticketNumber,
        String ticketSummary,
        String message,
        String actor,
        Instant createdAt,
        Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
