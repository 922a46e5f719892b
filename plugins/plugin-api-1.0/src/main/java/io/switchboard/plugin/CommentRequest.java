package io.switchboard.plugin;

import java.util.Objects;

/**
 * A reply (public) or note (internal) from a plugin, in plain text. Its author is the plugin
 * instance ({@code plugin:<instance name>}), in the comment and in the ticket history.
 */
public record CommentRequest(String body, boolean internal) {

    public CommentRequest {
        Objects.requireNonNull(body, "body");
    }
}
