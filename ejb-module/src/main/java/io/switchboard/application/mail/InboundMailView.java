package io.switchboard.application.mail;

import java.time.Instant;

/**
 * One message intake took in, as admins see it in the intake log and the quarantine: where it
 * came from, what it became and why, never its body or raw bytes.
 */
public record InboundMailView(
        long id,
        long mailboxId,
        String state,
        String outcome,
        String sender,
        String subject,
        String messageId,
        long sizeBytes,
        boolean truncated,
        String reason,
        int attempts,
        Instant receivedAt,
        Instant storedAt,
        Instant processedAt,
        Long ticketId) {}
