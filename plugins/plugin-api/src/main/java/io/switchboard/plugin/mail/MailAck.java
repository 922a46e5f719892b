package io.switchboard.plugin.mail;

import java.util.Objects;

/**
 * The host's verdict on one message, sent only after its own commit. The source maps it to what
 * the mailbox is configured for (move to a folder, set a keyword, or leave the message alone);
 * it never touches {@code \Seen}, so a person reading the mailbox changes nothing.
 *
 * @since 1.1
 */
public record MailAck(MessageRef ref, Disposition disposition) {

    public enum Disposition {
        /** A ticket, a reply or a note was made from it. */
        PROCESSED,
        /** It is in quarantine; the admin decides. */
        FAILED,
        /** Deliberately not acted on: an auto-reply, a loop, a copy already taken in. */
        IGNORED
    }

    public MailAck {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(disposition, "disposition");
    }
}
