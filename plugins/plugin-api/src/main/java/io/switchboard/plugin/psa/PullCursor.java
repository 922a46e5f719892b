package io.switchboard.plugin.psa;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a pull of one board resumes: tickets updated at or after {@code updatedSince} (null:
 * from the beginning), and inside one run the provider's opaque {@code pageToken} (null on the
 * first page). The host keeps one watermark per board and subtracts a small overlap itself.
 *
 * @since 1.1
 */
public record PullCursor(String board, Instant updatedSince, String pageToken) {

    public PullCursor {
        Objects.requireNonNull(board, "board");
    }

    public static PullCursor since(String board, Instant updatedSince) {
        return new PullCursor(board, updatedSince, null);
    }

    public PullCursor next(String token) {
        return new PullCursor(board, updatedSince, token);
    }
}
