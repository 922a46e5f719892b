package io.switchboard.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something that happened to a ticket, told to one user. Only its read mark ever changes. */
@Entity
@Table(name = "notification")
public class Notification {

    static final int MESSAGE_MAX = 300;
    static final int SUMMARY_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    /** The login of the user told. */
    @Column(nullable = false, updatable = false, length = 80)
    private String recipient;

    /** The outbox event it came from: one notification per event and recipient. */
    @Column(name = "event_id", nullable = false, updatable = false, length = 36)
    private String eventId;

    @Column(name = "event_type", nullable = false, updatable = false, length = 60)
    private String eventType;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private long ticketId;

    @Column(name = "ticket_number", nullable = false, updatable = false, length = 20)
    private String ticketNumber;

    @Column(name = "ticket_summary", updatable = false, length = SUMMARY_MAX)
    private String ticketSummary;

    @Column(nullable = false, updatable = false, length = MESSAGE_MAX)
    private String message;

    @Column(nullable = false, updatable = false, length = 120)
    private String actor;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    public Notification(
            String recipient,
            String eventId,
            String eventType,
            long ticketId,
            String ticketNumber,
            String ticketSummary,
            String message,
            String actor,
            Instant createdAt) {
        this.recipient = recipient;
        this.eventId = eventId;
        this.eventType = eventType;
        this.ticketId = ticketId;
        this.ticketNumber = ticketNumber;
        this.ticketSummary = cut(ticketSummary, SUMMARY_MAX);
        this.message = cut(message, MESSAGE_MAX);
        this.actor = cut(actor, 120);
        this.createdAt = createdAt;
    }

    /** Marks it read; reading it again keeps the first time. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public long ticketId() {
        return ticketId;
    }

    public String ticketNumber() {
        return ticketNumber;
    }

    public String ticketSummary() {
        return ticketSummary;
    }

    public String message() {
        return message;
    }

    public String actor() {
        return actor;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
