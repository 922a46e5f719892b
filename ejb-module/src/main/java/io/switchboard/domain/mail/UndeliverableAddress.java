package io.switchboard.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * An address a permanent bounce about one of our messages named: notifications stop going there
 * until mail from that address shows it works again.
 */
@Entity
@Table(name = "mail_undeliverable")
public class UndeliverableAddress {

    @Id
    @Column(length = 254)
    private String address;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    protected UndeliverableAddress() {}

    public UndeliverableAddress(String address, String reason, Long ticketId, Instant at) {
        this.address = normalise(address);
        this.reason = reason.length() <= 500 ? reason : reason.substring(0, 500);
        this.ticketId = ticketId;
        this.markedAt = at;
    }

    /** Addresses compare without case: that is how every mail system in practice treats them. */
    public static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    /** A later bounce for the same address replaces the reason. */
    public void bouncedAgain(String why, Long ticket, Instant at) {
        this.reason = why.length() <= 500 ? why : why.substring(0, 500);
        this.ticketId = ticket;
        this.markedAt = at;
    }

    public String address() {
        return address;
    }

    public String reason() {
        return reason;
    }

    public Long ticketId() {
        return ticketId;
    }

    public Instant markedAt() {
        return markedAt;
    }
}
