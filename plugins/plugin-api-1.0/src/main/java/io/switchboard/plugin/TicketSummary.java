package io.switchboard.plugin;

import java.time.Instant;

/** A ticket as a plugin sees it: enough to notify about or to sync, nothing internal. */
public record TicketSummary(
        long id,
        String number,
        String summary,
        String status,
        String statusCategory,
        String priority,
        String type,
        String assignee,
        String requesterName,
        String requesterEmail,
        String company,
        String board,
        Instant deadlineAt,
        String externalProvider,
        String externalId,
        String url) {}
