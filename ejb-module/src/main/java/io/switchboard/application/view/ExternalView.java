package io.switchboard.application.view;

import java.time.Instant;

public record ExternalView(String provider, String id, Instant lastSyncedAt) {}
