package io.switchboard.infrastructure.mail;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The raw bytes of an inbound message, in their own table so that listing messages never reads them. */
@Entity
@Table(name = "mail_message_raw")
public class RawMail {

    @Id
    @Column(name = "message_id")
    private Long messageId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] raw;

    protected RawMail() {}

    RawMail(long messageId, byte[] raw) {
        this.messageId = messageId;
        this.raw = raw;
    }

    byte[] raw() {
        return raw;
    }
}
