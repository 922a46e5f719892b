package io.switchboard.application.command;

import java.time.Instant;

/**
 * Time worked on a ticket. {@code agentId} null means the caller's own agent record; {@code
 * startedAt} null means the work ended now; billable defaults to true, the work type to {@code general}.
 */
public record LogTime(
        Long agentId, Instant startedAt, Integer minutes, Boolean billable, String workType, String note) {}
