package io.switchboard.application.psa;

import java.time.Instant;

/** A synced remote board: where its tickets land and how far the pull has read. */
public record BoardView(
        long id, String remoteId, String remoteName, Long localBoardId, boolean enabled, Instant watermark) {}
