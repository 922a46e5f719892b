package io.switchboard.application.command;

import io.switchboard.domain.shared.Patch;
import java.time.Instant;

/** A change to a time entry; fields left {@link Patch#unchanged()} keep their value. */
public record ReviseTime(
        Patch<Long> agentId,
        Patch<Instant> startedAt,
        Patch<Integer> minutes,
        Patch<Boolean> billable,
        Patch<String> workType,
        Patch<String> note) {}
