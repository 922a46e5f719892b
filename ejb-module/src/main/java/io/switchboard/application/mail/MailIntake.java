package io.switchboard.application.mail;

import io.switchboard.domain.mail.InboundMail;
import io.switchboard.domain.mail.InboundMailRepository;
import io.switchboard.domain.mail.MailCursorState;
import io.switchboard.domain.mail.MailLocation;
import io.switchboard.domain.mail.MailState;
import io.switchboard.domain.mail.MessageKey;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The transactions of email intake, each its own: store the raw message (or find it stored
 * before), then make it into a ticket, reply or note in one transaction keyed by the mailbox and
 * Message-ID, or quarantine it in another when that fails. A message found again after a crash is
 * recognised by its key and never made twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailIntake {

    /** A message that crashed the server this many times while being processed is poison: quarantined. */
    static final int MAX_ATTEMPTS = 3;

    private static final Pattern HEADER_MESSAGE_ID =
            Pattern.compile("(?im)^Message-ID:[ \\t]*(.*(?:\\r?\\n[ \\t]+.*)*)");

    @Inject
    InboundMailRepository mails;

    @Inject
    MailParser parser;

    @Inject
    MailToTicket toTicket;

    @Inject
    Clock clock;

    /** A stored message: its id and state; {@code fresh} when this call stored it. */
    public record Stored(long id, MailState state, Long ticketId, boolean fresh) {}

    /** Step one: the raw bytes, stored under the message's key, unless the same message is already there. */
    public Stored store(Mailbox mailbox, InboundRef ref, byte[] raw, boolean truncated) {
        String sha = sha256(raw);
        String header = ref.messageIdHeader() != null ? ref.messageIdHeader() : messageIdIn(raw);
        MessageKey key = MessageKey.of(header, sha);
        Optional<InboundMail> same = sameMessage(mailbox.id(), key);
        if (same.isPresent()) {
            InboundMail known = same.get();
            known.seenAt(ref.location());
            return new Stored(known.id(), known.state(), known.ticketId(), false);
        }
        if (key.messageId() != null
                && !mails.byMessageId(mailbox.id(), key.messageId()).isEmpty()) {
            key = key.collided(); // another message under a reused Message-ID: keep both
        }
        InboundMail mail = mails.add(
                new InboundMail(mailbox.id(), key, ref.location(), truncated, null, null, clock.instant()), raw);
        return new Stored(mail.id(), mail.state(), null, true);
    }

    private Optional<InboundMail> sameMessage(long mailboxId, MessageKey key) {
        if (key.messageId() == null) {
            return mails.byKey(mailboxId, key.dedupeKey());
        }
        return mails.byMessageId(mailboxId, key.messageId()).stream()
                .filter(m -> m.contentSha256().equals(key.contentSha256()) || m.isTruncated())
                .findFirst();
    }

    /** Step two: parse, thread, and create or append, all in this one transaction. */
    public MailOutcome process(long mailId, Mailbox mailbox) {
        InboundMail mail = mails.lock(mailId).orElseThrow(() -> new IllegalStateException("no message " + mailId));
        if (mail.state() != MailState.RECEIVED) {
            return outcome(mail);
        }
        if (mail.isTruncated()) {
            mail.quarantine(
                    "the message has " + mail.sizeBytes() + " bytes, more than this mailbox's limit of "
                            + mailbox.settings().maxMessageBytes()
                            + "; only its start is stored here, the whole message stays on the mail server",
                    clock.instant());
            return outcome(mail);
        }
        toTicket.make(mail, mails.raw(mailId), mailbox.settings());
        return outcome(mail);
    }

    /** When processing failed: the message goes to quarantine with the reason; nothing else changes. */
    public MailOutcome quarantine(long mailId, String reason) {
        InboundMail mail = mails.lock(mailId).orElseThrow(() -> new IllegalStateException("no message " + mailId));
        if (mail.state() == MailState.RECEIVED) {
            mail.quarantine(reason, clock.instant());
        }
        return outcome(mail);
    }

    /** An admin's reprocess: the quarantined message waits for intake again. */
    public void requeue(long mailId) {
        mails.lock(mailId)
                .orElseThrow(() -> new IllegalStateException("no message " + mailId))
                .reprocess();
    }

    /** Counts one more attempt at a message left unprocessed by a crash; too many make it poison. */
    public MailOutcome retry(long mailId) {
        InboundMail mail = mails.lock(mailId).orElseThrow(() -> new IllegalStateException("no message " + mailId));
        if (mail.state() == MailState.RECEIVED && mail.retried() >= MAX_ATTEMPTS) {
            mail.quarantine(
                    "processing was interrupted " + MAX_ATTEMPTS + " times (the server stopped while on it)",
                    clock.instant());
        }
        return outcome(mail);
    }

    public void acknowledged(List<Long> mailIds) {
        for (Long id : mailIds) {
            mails.find(id).ifPresent(InboundMail::acknowledged);
        }
    }

    /** What became of the message last seen at this place on the server, if it was stored. */
    public Optional<MailOutcome> known(long mailboxId, MailLocation location) {
        return mails.at(mailboxId, location.uidValidity(), location.uid()).map(MailIntake::outcome);
    }

    public List<Long> waiting(long mailboxId, int max) {
        return mails.waiting(mailboxId, max);
    }

    public Optional<MailLocation> location(long mailId) {
        return mails.find(mailId).map(InboundMail::location);
    }

    public MailCursorState cursor(long mailboxId) {
        return mails.cursor(mailboxId).orElseGet(() -> new MailCursorState(mailboxId, clock.instant()));
    }

    public void advance(long mailboxId, long uidValidity, long lastUid) {
        MailCursorState cursor = mails.cursor(mailboxId)
                .orElseGet(() -> mails.saveCursor(new MailCursorState(mailboxId, clock.instant())));
        cursor.advance(uidValidity, lastUid, clock.instant());
    }

    /** A read of the mailbox worked and took in {@code taken} messages: on record for the admin page. */
    public void polled(long mailboxId, int taken) {
        mails.pollState(mailboxId).succeeded(taken, clock.instant());
    }

    /** A read of the mailbox failed: the reason, on record for the admin page. */
    public void pollFailed(long mailboxId, String reason) {
        mails.pollState(mailboxId).failed(reason, clock.instant());
    }

    static MailOutcome outcome(InboundMail mail) {
        return new MailOutcome(mail.id(), mail.state(), mail.outcome(), mail.ticketId());
    }

    /** The Message-ID header from the raw bytes, for transports whose listing did not give it. */
    static String messageIdIn(byte[] raw) {
        int end = Math.min(raw.length, 64 * 1024);
        String head = new String(raw, 0, end, StandardCharsets.ISO_8859_1);
        int blank = head.indexOf("\r\n\r\n");
        if (blank < 0) {
            blank = head.indexOf("\n\n");
        }
        Matcher m = HEADER_MESSAGE_ID.matcher(blank < 0 ? head : head.substring(0, blank));
        return m.find() ? m.group(1) : null;
    }

    static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
