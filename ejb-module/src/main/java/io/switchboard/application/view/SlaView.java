package io.switchboard.application.view;

import java.time.Instant;

/**
 * Where a ticket stands against its targets; {@code resolutionRemainingSeconds} is negative once
 * breached. {@code firstResponse} and {@code resolution} give each clock with its state.
 */
public record SlaView(
        Instant firstResponseDueAt,
        Instant resolutionDueAt,
        boolean paused,
        boolean firstResponseBreached,
        boolean resolutionBreached,
        long resolutionRemainingSeconds,
        SlaTarget firstResponse,
        SlaTarget resolution) {}
