package io.switchboard.application.mail;

import io.switchboard.domain.mail.MailLocation;
import java.time.Duration;
import java.util.List;

/**
 * The port to mail servers: the mailboxes configured, and for each a cheap listing, a capped
 * download, a batched acknowledgement and a wait for change. Every call is contained by the
 * plugin host (its own bulkhead, a timeout, typed failures); none runs inside a transaction.
 */
public interface MailTransport {

    /** The enabled mailboxes whose plugin is active. */
    List<Mailbox> mailboxes();

    List<InboundRef> list(Mailbox mailbox, long uidValidity, long lastUid, int max) throws MailTransportFailure;

    /** The raw bytes, at most {@code maxBytes}; {@code truncated} when the message was longer. */
    Download fetch(Mailbox mailbox, InboundRef ref, long maxBytes) throws MailTransportFailure;

    void acknowledge(Mailbox mailbox, List<Ack> acks) throws MailTransportFailure;

    /** Folders, counts and capabilities, for the admin page. */
    Description describe(Mailbox mailbox) throws MailTransportFailure;

    /** Waits up to {@code max} for new mail (IDLE); false at once when the mailbox cannot push. */
    boolean awaitChange(Mailbox mailbox, long uidValidity, long lastUid, Duration max) throws MailTransportFailure;

    record Download(byte[] raw, boolean truncated) {}

    record Ack(MailLocation location, Disposition disposition) {}

    record Description(
            List<String> folders, String folder, long uidValidity, long messages, List<String> capabilities) {}
}
