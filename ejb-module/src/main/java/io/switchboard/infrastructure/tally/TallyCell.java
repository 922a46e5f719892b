package io.switchboard.infrastructure.tally;

import io.switchboard.application.count.Counts;
import io.switchboard.application.count.TallyKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A folded tally cell; only {@link TallyFolder} writes these. */
@Entity
@IdClass(TallyKey.class)
@Table(name = "ticket_tally")
public class TallyCell {

    @Id
    @Column(name = "status_id")
    private long statusId;

    @Id
    private short priority;

    @Id
    @Column(name = "category_id")
    private long categoryId;

    @Id
    @Column(name = "board_id")
    private long boardId;

    @Id
    @Column(name = "assignee_id")
    private long assigneeId;

    @Column(name = "n", nullable = false)
    private long tickets;

    @Column(nullable = false)
    private long resolved;

    @Column(name = "resolved_seconds", nullable = false)
    private long resolvedSeconds;

    @Column(name = "sla_met", nullable = false)
    private long slaMet;

    protected TallyCell() {}

    TallyCell(TallyKey key) {
        this.statusId = key.statusId();
        this.priority = key.priority();
        this.categoryId = key.categoryId();
        this.boardId = key.boardId();
        this.assigneeId = key.assigneeId();
    }

    void add(Counts counts) {
        tickets += counts.tickets();
        resolved += counts.resolved();
        resolvedSeconds += counts.resolvedSeconds();
        slaMet += counts.slaMet();
    }

    TallyKey key() {
        return new TallyKey(statusId, priority, categoryId, boardId, assigneeId);
    }

    Counts counts() {
        return new Counts(tickets, resolved, resolvedSeconds, slaMet);
    }
}
