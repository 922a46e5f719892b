package io.switchboard.infrastructure.tally;

import io.switchboard.application.count.Counts;
import io.switchboard.application.count.TallyKey;
import io.switchboard.domain.ticket.Tally;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A change to one tally cell, appended by a ticket transaction and folded in later. */
@Entity
@Table(name = "ticket_tally_delta")
public class TallyDelta {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tally_delta_seq")
    @SequenceGenerator(name = "tally_delta_seq", sequenceName = "tally_delta_seq", allocationSize = 100)
    private Long id;

    @Column(name = "status_id", nullable = false)
    private long statusId;

    @Column(nullable = false)
    private short priority;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Column(name = "board_id", nullable = false)
    private long boardId;

    @Column(name = "assignee_id", nullable = false)
    private long assigneeId;

    @Column(name = "n", nullable = false)
    private int tickets;

    @Column(nullable = false)
    private int resolved;

    @Column(name = "resolved_seconds", nullable = false)
    private long resolvedSeconds;

    @Column(name = "sla_met", nullable = false)
    private int slaMet;

    protected TallyDelta() {}

    /** A delta of {@code sign} tickets (+1 or -1) with the measures of {@code tally} (already negated for -1). */
    public static TallyDelta of(Tally tally, int sign) {
        TallyDelta d = new TallyDelta();
        d.statusId = tally.statusId();
        d.priority = tally.priority();
        d.categoryId = tally.categoryId();
        d.boardId = tally.boardId();
        d.assigneeId = tally.assigneeId();
        d.tickets = sign;
        d.resolved = tally.resolved();
        d.resolvedSeconds = tally.resolvedSeconds();
        d.slaMet = tally.slaMet();
        return d;
    }

    Long id() {
        return id;
    }

    TallyKey key() {
        return new TallyKey(statusId, priority, categoryId, boardId, assigneeId);
    }

    Counts counts() {
        return new Counts(tickets, resolved, resolvedSeconds, slaMet);
    }
}
