package io.switchboard.application.view;

import java.time.Instant;

/** Where a ticket stands against its targets; {@code resolutionRemainingSeconds} is negative once breached. */
public record SlaView(
        Instant firstResponseDueAt,
        Instant resolutionDueAt,
        boolean paused,
        boolean firstResponseBreached,
        boolean resolutionBreached,
        long resolutionRemainingSeconds) {}
