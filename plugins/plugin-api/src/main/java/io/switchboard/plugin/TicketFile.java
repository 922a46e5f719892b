package io.switchboard.plugin;

import java.util.Objects;

/**
 * A file sent with a reply or note, as a notifier attaches it to its message. {@code contentType}
 * is what the host read from the bytes, not what the uploader claimed.
 *
 * @since 1.1
 */
public record TicketFile(long id, String name, String contentType, byte[] content) {

    public TicketFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        contentType = contentType == null ? "application/octet-stream" : contentType;
    }

    public long size() {
        return content.length;
    }
}
