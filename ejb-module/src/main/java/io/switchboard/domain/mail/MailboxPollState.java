package io.switchboard.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How a mailbox's reads went lately: when it was last read, when a read last found mail and how
 * much, when a read last worked, and the last failure with how many came in a row. Whichever server holds the mailbox's
 * lease writes it, so the admin page shows the same on every server.
 */
@Entity
@Table(name = "mailbox_poll")
public class MailboxPollState {

    static final int MAX_ERROR = 1000;

    @Id
    @Column(name = "mailbox_id")
    private Long mailboxId;

    @Column(name = "last_poll_at")
    private Instant lastPollAt;

    @Column(name = "last_mail_at")
    private Instant lastMailAt;

    /** How many messages the last read that found any took in. */
    @Column(name = "last_taken", nullable = false)
    private int lastTaken;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "last_error_at")
    private Instant lastErrorAt;

    @Column(name = "failures_in_row", nullable = false)
    private int failuresInRow;

    protected MailboxPollState() {}

    public MailboxPollState(long mailboxId) {
        this.mailboxId = mailboxId;
    }

    /** A read that worked: the run of failures is over (the last error stays on record). */
    public void succeeded(int taken, Instant at) {
        lastPollAt = at;
        lastSuccessAt = at;
        if (taken > 0) {
            lastMailAt = at;
            lastTaken = taken;
        }
        failuresInRow = 0;
    }

    public void failed(String reason, Instant at) {
        lastPollAt = at;
        lastErrorAt = at;
        lastError = reason == null || reason.length() <= MAX_ERROR ? reason : reason.substring(0, MAX_ERROR);
        failuresInRow++;
    }

    public long mailboxId() {
        return mailboxId;
    }

    public Instant lastPollAt() {
        return lastPollAt;
    }

    public Instant lastMailAt() {
        return lastMailAt;
    }

    public int lastTaken() {
        return lastTaken;
    }

    public Instant lastSuccessAt() {
        return lastSuccessAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant lastErrorAt() {
        return lastErrorAt;
    }

    public int failuresInRow() {
        return failuresInRow;
    }
}
