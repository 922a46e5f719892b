package io.switchboard.infrastructure.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How far the notification subscriber has read the outbox: the (occurred_at, id) of the last
 * event handled. One row; locking it makes one server at a time the reader.
 */
@Entity
@Table(name = "notification_cursor")
public class NotificationCursor {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "event_seq", nullable = false)
    private long eventSeq;

    protected NotificationCursor() {}

    void advance(Instant at, long seq) {
        this.occurredAt = at;
        this.eventSeq = seq;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    long eventSeq() {
        return eventSeq;
    }
}
