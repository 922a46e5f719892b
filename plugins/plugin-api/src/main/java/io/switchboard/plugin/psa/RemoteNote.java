package io.switchboard.plugin.psa;

import java.time.Instant;
import java.util.Objects;

/**
 * A note on a remote ticket. {@code id} is the PSA's note id: the host stores it on the comment,
 * so a synced note is never added twice and never echoes back.
 *
 * @since 1.1
 */
public record RemoteNote(String id, String text, NoteVisibility visibility, String author, Instant createdAt) {

    public RemoteNote {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        visibility = visibility == null ? NoteVisibility.INTERNAL : visibility;
    }
}
