package io.switchboard.plugin.mail;

import java.time.Instant;
import java.util.Objects;

/**
 * One message as a cheap listing sees it, before anything is downloaded: where it is, its UID,
 * its size on the server (so the host applies its limits first) and when the server received
 * it. {@code messageId} is the Message-ID header when the listing had it cheaply, else null.
 *
 * @since 1.1
 */
public record MessageRef(String folder, long uidValidity, long uid, long size, Instant receivedAt, String messageId) {

    public MessageRef {
        Objects.requireNonNull(folder, "folder");
        if (uid <= 0) {
            throw new IllegalArgumentException("a UID is positive: " + uid);
        }
        size = Math.max(0, size);
    }
}
