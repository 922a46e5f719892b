package io.switchboard.infrastructure.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event for one subscriber: attempted until delivered, or dead after its subscriber's last retry. */
@Entity
@Table(name = "outbox_delivery")
public class OutboxDelivery {

    static final int ERROR_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_delivery_seq")
    @SequenceGenerator(name = "outbox_delivery_seq", sequenceName = "outbox_delivery_seq", allocationSize = 50)
    private Long id;

    @Column(name = "outbox_id", nullable = false, updatable = false)
    private long outboxId;

    @Column(name = "event_id", nullable = false, updatable = false, length = 36)
    private String eventId;

    @Column(name = "event_type", nullable = false, updatable = false, length = 60)
    private String eventType;

    @Column(nullable = false, updatable = false, length = 100)
    private String subscriber;

    /** The event's ticket, for per-ticket order; null on deliveries made before order was kept. */
    @Column(name = "ticket_id", updatable = false)
    private Long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private DeliveryState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OutboxDelivery() {}

    OutboxDelivery(OutboxEvent event, String subscriber, Instant now) {
        this.outboxId = event.id();
        this.eventId = event.eventId();
        this.eventType = event.type();
        this.subscriber = subscriber;
        this.ticketId = event.ticketId();
        this.state = DeliveryState.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void delivered(Instant now) {
        attempts++;
        state = DeliveryState.DELIVERED;
        deliveredAt = now;
        nextAttemptAt = null;
        lastError = null;
        updatedAt = now;
    }

    void skipped(String why, Instant now) {
        state = DeliveryState.SKIPPED;
        nextAttemptAt = null;
        lastError = cut(why);
        updatedAt = now;
    }

    void failed(String error, Instant retryAt, Instant now) {
        attempts++;
        lastError = cut(error);
        updatedAt = now;
        if (retryAt == null) {
            state = DeliveryState.DEAD;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    /** Waits without using up an attempt (its subscriber is switched off). */
    void postpone(String why, Instant retryAt, Instant now) {
        lastError = cut(why);
        nextAttemptAt = retryAt;
        updatedAt = now;
    }

    void replay(Instant now) {
        state = DeliveryState.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        updatedAt = now;
    }

    static String cut(String s) {
        return s == null || s.length() <= ERROR_MAX ? s : s.substring(0, ERROR_MAX);
    }

    public Long id() {
        return id;
    }

    public long outboxId() {
        return outboxId;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String subscriber() {
        return subscriber;
    }

    public DeliveryState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
