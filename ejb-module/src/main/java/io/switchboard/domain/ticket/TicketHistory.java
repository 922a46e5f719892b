package io.switchboard.domain.ticket;

import io.switchboard.domain.shared.Origin;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the audit trail: a field of a ticket changed. Written once, never updated or deleted. */
@Entity
@Table(name = "ticket_history")
public class TicketHistory {

    static final int VALUE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_history_seq")
    @SequenceGenerator(name = "ticket_history_seq", sequenceName = "ticket_history_seq", allocationSize = 100)
    private Long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private long ticketId;

    @Column(nullable = false, updatable = false, length = 40)
    private String field;

    @Column(name = "old_value", updatable = false, length = VALUE_MAX)
    private String oldValue;

    @Column(name = "new_value", updatable = false, length = VALUE_MAX)
    private String newValue;

    @Column(nullable = false, updatable = false, length = 120)
    private String actor;

    @Column(nullable = false, updatable = false, length = 20)
    private Origin origin;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant at;

    protected TicketHistory() {}

    TicketHistory(long ticketId, Change change) {
        this.ticketId = ticketId;
        this.field = change.field();
        this.oldValue = clip(change.oldValue());
        this.newValue = clip(change.newValue());
        this.actor = change.actor().name();
        this.origin = change.actor().origin();
        this.at = change.at();
    }

    private static String clip(String value) {
        return value == null || value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public long ticketId() {
        return ticketId;
    }

    public String field() {
        return field;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }

    public String actor() {
        return actor;
    }

    public Origin origin() {
        return origin;
    }

    public Instant at() {
        return at;
    }
}
