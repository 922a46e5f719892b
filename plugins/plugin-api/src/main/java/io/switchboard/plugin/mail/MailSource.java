package io.switchboard.plugin.mail;

import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One mailbox, as a transport only: the host lists, fetches, stores, parses, threads and
 * commits, and acknowledges only after its own commit. Parsing, threading, dedupe, contacts
 * and quarantine are the host's, so another transport (Microsoft Graph, POP3, a maildir) is just
 * another implementation of this interface.
 *
 * <p>Plugin API 1.1 adds the cheap listing ({@link #list}), the capped, streamed fetch, the
 * batched acknowledge, {@link #describe} and {@link #awaitChange}. Their defaults fall back on
 * the 1.0 methods, so a 1.0 source still works; a 1.1 source implements the 1.0 methods in
 * terms of the new ones.
 */
public interface MailSource extends AutoCloseable {

    /** Up to {@code max} messages after the cursor, oldest first. A changed UIDVALIDITY restarts the cursor. */
    List<FetchedMessage> fetch(MailCursor cursor, int max) throws Exception;

    /** Marks a message handled on the server (flag or move), after the host has committed it. */
    void acknowledge(FetchedMessage message) throws Exception;

    /**
     * Up to {@code max} messages with a UID above the cursor's, oldest first, with their sizes and
     * nothing downloaded. When the folder's UIDVALIDITY differs from the cursor's, the listing
     * starts from the first message (the refs carry the new UIDVALIDITY).
     *
     * @since 1.1
     */
    default List<MessageRef> list(MailCursor cursor, int max) throws Exception {
        List<MessageRef> refs = new ArrayList<>();
        for (FetchedMessage m : fetch(cursor, max)) {
            refs.add(new MessageRef("", m.uidValidity(), m.uid(), m.raw().length, m.receivedAt(), null));
        }
        return refs;
    }

    /**
     * Writes the raw RFC 5322 bytes of one message into {@code sink}, at most {@code maxBytes} of
     * them, streaming rather than holding the message in memory. A message that is gone (expunged
     * meanwhile) throws {@link io.switchboard.plugin.RemoteFailure} of kind {@code NOT_FOUND}.
     *
     * @since 1.1
     */
    default FetchResult fetch(MessageRef ref, long maxBytes, OutputStream sink) throws Exception {
        for (FetchedMessage m : fetch(new MailCursor(ref.uidValidity(), ref.uid() - 1), 1)) {
            if (m.uid() == ref.uid()) {
                byte[] raw = m.raw();
                int n = (int) Math.min(raw.length, maxBytes);
                sink.write(raw, 0, n);
                return new FetchResult(ref, n, n < raw.length);
            }
        }
        throw new io.switchboard.plugin.RemoteFailure(
                io.switchboard.plugin.RemoteFailure.Kind.NOT_FOUND, "message " + ref.uid() + " is gone");
    }

    /**
     * Acknowledges a batch of messages at once (one MOVE or STORE per disposition, not one per
     * message). Acknowledging a message that is already gone is not an error.
     *
     * @since 1.1
     */
    default void acknowledge(List<MailAck> acks) throws Exception {
        for (MailAck ack : acks) {
            if (ack.disposition() != MailAck.Disposition.FAILED) {
                MessageRef r = ack.ref();
                acknowledge(new FetchedMessage(r.uidValidity(), r.uid(), r.receivedAt(), new byte[0]));
            }
        }
    }

    /**
     * The mailbox's folders, counts and capabilities.
     *
     * @since 1.1
     */
    default MailboxInfo describe() throws Exception {
        return new MailboxInfo(List.of(), "", 0, 0, java.util.Set.of());
    }

    /**
     * Waits at most {@code max} for the mailbox to change (IMAP IDLE), and says whether it did.
     * The host calls it on its lane for long calls and interrupts it on close; a source without
     * push returns false at once and is polled instead.
     *
     * @since 1.1
     */
    default boolean awaitChange(MailCursor cursor, Duration max) throws Exception {
        return false;
    }

    @Override
    default void close() {}
}
