package io.switchboard.plugin.mail;

import java.util.List;

/** One mailbox. The host polls it, stores what it fetched, then acknowledges after its own commit. */
public interface MailSource extends AutoCloseable {

    /** Up to {@code max} messages after the cursor, oldest first. A changed UIDVALIDITY restarts the cursor. */
    List<FetchedMessage> fetch(MailCursor cursor, int max) throws Exception;

    /** Marks a message handled on the server (flag or move), after the host has committed it. */
    void acknowledge(FetchedMessage message) throws Exception;

    @Override
    default void close() {}
}
