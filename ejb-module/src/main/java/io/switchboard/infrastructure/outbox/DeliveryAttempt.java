package io.switchboard.infrastructure.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The delivery log: one row per attempt, with its outcome, the subscriber's detail and how long it took. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_attempt_seq")
    @SequenceGenerator(name = "delivery_attempt_seq", sequenceName = "delivery_attempt_seq", allocationSize = 50)
    private Long id;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    private long deliveryId;

    @Column(nullable = false, updatable = false)
    private int attempt;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false, length = 12)
    private String outcome;

    @Column(updatable = false, length = OutboxDelivery.ERROR_MAX)
    private String detail;

    @Column(name = "duration_ms", nullable = false, updatable = false)
    private long durationMs;

    protected DeliveryAttempt() {}

    DeliveryAttempt(long deliveryId, int attempt, Instant at, String outcome, String detail, long durationMs) {
        this.deliveryId = deliveryId;
        this.attempt = attempt;
        this.at = at;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= OutboxDelivery.ERROR_MAX
                ? detail
                : detail.substring(0, OutboxDelivery.ERROR_MAX);
        this.durationMs = durationMs;
    }

    public long deliveryId() {
        return deliveryId;
    }

    public int attempt() {
        return attempt;
    }

    public Instant at() {
        return at;
    }

    public String outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }

    public long durationMs() {
        return durationMs;
    }
}
