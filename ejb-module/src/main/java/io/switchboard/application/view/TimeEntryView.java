package io.switchboard.application.view;

import java.time.Instant;

/** One stretch of work on a ticket. */
public record TimeEntryView(
        long id,
        AgentRef agent,
        Instant startedAt,
        int minutes,
        boolean billable,
        String workType,
        String note,
        Instant createdAt,
        String createdBy,
        long version) {}
