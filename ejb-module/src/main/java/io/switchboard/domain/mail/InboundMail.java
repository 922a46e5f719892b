package io.switchboard.domain.mail;

import io.switchboard.domain.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One message a mailbox delivered, stored before anything is made of it, and what became of it.
 * Its key within the mailbox (the Message-ID, or a hash of the bytes without one) makes taking
 * it in idempotent: the same message found again after a crash is recognised, never made twice.
 */
@Entity
@Table(name = "mail_message")
public class InboundMail {

    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_message_seq")
    @SequenceGenerator(name = "mail_message_seq", sequenceName = "mail_message_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "mailbox_id", nullable = false, updatable = false)
    private long mailboxId;

    @Column(name = "dedupe_key", nullable = false, updatable = false, length = 320)
    private String dedupeKey;

    @Column(name = "message_id", length = 300)
    private String messageId;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    @Column(length = 200)
    private String folder;

    @Column(name = "uid_validity")
    private Long uidValidity;

    @Column(name = "uid")
    private Long uid;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private boolean truncated;

    @Column(length = 254)
    private String sender;

    @Column(length = 250)
    private String subject;

    @Column(nullable = false, length = 20)
    private MailState state;

    @Column(length = 40)
    private String outcome;

    @Column(length = REASON_MAX)
    private String reason;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "comment_id")
    private Long commentId;

    @Column(nullable = false)
    private int attempts;

    @Column(nullable = false)
    private boolean acknowledged;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "stored_at", nullable = false, updatable = false)
    private Instant storedAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected InboundMail() {}

    public InboundMail(
            long mailboxId,
            MessageKey key,
            MailLocation location,
            boolean truncated,
            String sender,
            String subject,
            Instant now) {
        this.mailboxId = mailboxId;
        this.dedupeKey = key.dedupeKey();
        this.messageId = key.messageId();
        this.contentSha256 = key.contentSha256();
        if (location != null) {
            this.folder = location.folder();
            this.uidValidity = location.uidValidity();
            this.uid = location.uid();
            this.receivedAt = location.receivedAt();
        }
        this.sizeBytes = location == null ? 0 : location.size();
        this.truncated = truncated;
        this.sender = clip(sender, 254);
        this.subject = clip(subject, 250);
        this.state = MailState.RECEIVED;
        this.storedAt = now;
    }

    /** What the parser found out about it, for the quarantine list. */
    public void describe(String fromAddress, String subjectLine) {
        sender = clip(fromAddress, 254);
        subject = clip(subjectLine, 250);
    }

    /** Made into a ticket, reply or note ({@code outcome} says which). */
    public void processed(String outcomeName, Long ticket, Long comment, Instant now) {
        requireReceived();
        state = MailState.PROCESSED;
        outcome = outcomeName;
        ticketId = ticket;
        commentId = comment;
        reason = null;
        processedAt = now;
    }

    /** Deliberately not acted on, and why. */
    public void ignored(String outcomeName, String why, Long ticket, Instant now) {
        requireReceived();
        state = MailState.IGNORED;
        outcome = outcomeName;
        reason = clip(why, REASON_MAX);
        ticketId = ticket;
        processedAt = now;
    }

    /** Could not be processed: kept with its reason for an admin. */
    public void quarantine(String why, Instant now) {
        state = MailState.QUARANTINED;
        outcome = "quarantined";
        reason = clip(why == null ? "unknown failure" : why, REASON_MAX);
        processedAt = now;
    }

    /** Back to the queue after an admin fixed what was wrong. */
    public void reprocess() {
        if (state != MailState.QUARANTINED) {
            throw new ConflictException("Only a quarantined message can be reprocessed; this one is " + state.key());
        }
        state = MailState.RECEIVED;
        attempts = 0;
        reason = null;
        outcome = null;
    }

    /** Thrown away by an admin; the key stays so the message is never taken in again. */
    public void discard(String actor, Instant now) {
        if (state != MailState.QUARANTINED) {
            throw new ConflictException("Only a quarantined message can be discarded; this one is " + state.key());
        }
        state = MailState.DISCARDED;
        reason = clip("discarded by " + actor + (reason == null ? "" : "; was: " + reason), REASON_MAX);
        processedAt = now;
    }

    /** One more try after a crash; after too many the message is poison and goes to quarantine. */
    public int retried() {
        return ++attempts;
    }

    public void acknowledged() {
        acknowledged = true;
    }

    /** The same message seen again at another place (after a UIDVALIDITY change, or moved back). */
    public void seenAt(MailLocation location) {
        if (location != null) {
            folder = location.folder();
            uidValidity = location.uidValidity();
            uid = location.uid();
        }
    }

    private void requireReceived() {
        if (state != MailState.RECEIVED) {
            throw new ConflictException("Message " + id + " is already " + state.key());
        }
    }

    private static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        String flat = s.replaceAll("[\\r\\n\\t]+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "\u2026";
    }

    public Long id() {
        return id;
    }

    public long mailboxId() {
        return mailboxId;
    }

    public String dedupeKey() {
        return dedupeKey;
    }

    public String messageId() {
        return messageId;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public MailLocation location() {
        return uid == null ? null : new MailLocation(folder, uidValidity, uid, sizeBytes, receivedAt);
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public boolean isTruncated() {
        return truncated;
    }

    public String sender() {
        return sender;
    }

    public String subject() {
        return subject;
    }

    public MailState state() {
        return state;
    }

    public String outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    public Long ticketId() {
        return ticketId;
    }

    public Long commentId() {
        return commentId;
    }

    public int attempts() {
        return attempts;
    }

    public boolean isAcknowledged() {
        return acknowledged;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant storedAt() {
        return storedAt;
    }

    public Instant processedAt() {
        return processedAt;
    }
}
