package io.switchboard.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How far one mailbox has been read: its folder's UIDVALIDITY and the highest UID already stored. */
@Entity
@Table(name = "mail_cursor")
public class MailCursorState {

    @Id
    @Column(name = "mailbox_id")
    private Long mailboxId;

    @Column(name = "uid_validity", nullable = false)
    private long uidValidity;

    @Column(name = "last_uid", nullable = false)
    private long lastUid;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MailCursorState() {}

    public MailCursorState(long mailboxId, Instant now) {
        this.mailboxId = mailboxId;
        this.updatedAt = now;
    }

    /** Moves past a stored message; a new UIDVALIDITY starts the count again. */
    public void advance(long validity, long uid, Instant now) {
        if (validity != uidValidity) {
            uidValidity = validity;
            lastUid = 0;
        }
        lastUid = Math.max(lastUid, uid);
        updatedAt = now;
    }

    public long mailboxId() {
        return mailboxId;
    }

    public long uidValidity() {
        return uidValidity;
    }

    public long lastUid() {
        return lastUid;
    }
}
