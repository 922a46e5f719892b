package io.switchboard.infrastructure.outbox;

import io.switchboard.domain.shared.Origin;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A domain event waiting in the outbox; {@code eventId} is what receivers use to drop duplicates. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
    @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_seq", allocationSize = 50)
    private Long id;

    @Column(name = "event_id", nullable = false, unique = true, updatable = false, length = 36)
    private String eventId;

    @Column(name = "event_type", nullable = false, updatable = false, length = 60)
    private String type;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private long ticketId;

    @Column(name = "ticket_number", nullable = false, updatable = false, length = 20)
    private String ticketNumber;

    @Column(nullable = false, updatable = false, length = 120)
    private String actor;

    @Column(nullable = false, updatable = false, length = 20)
    private Origin origin;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 4000)
    private String payload;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    protected OutboxEvent() {}

    OutboxEvent(
            String eventId,
            String type,
            long ticketId,
            String ticketNumber,
            String actor,
            Origin origin,
            Instant occurredAt,
            String payload) {
        this.eventId = eventId;
        this.type = type;
        this.ticketId = ticketId;
        this.ticketNumber = ticketNumber;
        this.actor = actor;
        this.origin = origin;
        this.occurredAt = occurredAt;
        this.payload = payload;
    }

    public void markDispatched(Instant at) {
        this.dispatchedAt = at;
    }

    public Long id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public String type() {
        return type;
    }

    public long ticketId() {
        return ticketId;
    }

    public String ticketNumber() {
        return ticketNumber;
    }

    public String actor() {
        return actor;
    }

    public Origin origin() {
        return origin;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String payload() {
        return payload;
    }

    public Instant dispatchedAt() {
        return dispatchedAt;
    }
}
