package io.switchboard.application.view;

import java.time.Instant;

/** A canned reply; {@code shared} ones belong to everybody, the others to {@code owner}. */
public record CannedReplyView(
        long id,
        String title,
        String shortcut,
        String body,
        boolean shared,
        String owner,
        Instant updatedAt,
        long version) {}
