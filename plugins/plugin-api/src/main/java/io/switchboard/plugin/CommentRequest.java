package io.switchboard.plugin;

import java.util.Objects;

/** A reply or note from a plugin, in plain text; {@code authorName} is shown as its author. */
public record CommentRequest(String body, boolean internal, String authorName) {

    public CommentRequest {
        Objects.requireNonNull(body, "body");
    }
}
