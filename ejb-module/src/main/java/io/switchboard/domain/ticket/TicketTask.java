package io.switchboard.domain.ticket;

import io.switchboard.domain.directory.Agent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A sub-task of a ticket: a checklist item with an optional owner and due date. */
@Entity
@Table(name = "ticket_task")
public class TicketTask {

    public static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_task_seq")
    @SequenceGenerator(name = "ticket_task_seq", sequenceName = "ticket_task_seq", allocationSize = 20)
    private Long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private long ticketId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private Agent assignee;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "is_done", nullable = false)
    private boolean done;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by", length = 120)
    private String doneBy;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 120)
    private String createdBy;

    @Version
    private long version;

    protected TicketTask() {}

    TicketTask(
            long ticketId, String title, Agent assignee, Instant dueAt, int position, String createdBy, Instant now) {
        this.ticketId = ticketId;
        this.title = title;
        this.assignee = assignee;
        this.dueAt = dueAt;
        this.position = position;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void retitle(String newTitle) {
        this.title = newTitle;
    }

    void assignTo(Agent agent) {
        this.assignee = agent;
    }

    void dueBy(Instant due) {
        this.dueAt = due;
    }

    void markDone(boolean isDone, String by, Instant now) {
        this.done = isDone;
        this.doneAt = isDone ? now : null;
        this.doneBy = isDone ? by : null;
    }

    public Long id() {
        return id;
    }

    public long ticketId() {
        return ticketId;
    }

    public String title() {
        return title;
    }

    public Agent assignee() {
        return assignee;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public boolean isDone() {
        return done;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public String doneBy() {
        return doneBy;
    }

    public int position() {
        return position;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }
}
