package io.switchboard.domain.ticket;

import io.switchboard.domain.shared.Actor;
import java.time.Instant;
import java.util.Map;

/**
 * Something happened to a ticket that the outside world may care about. Written to the outbox
 * in the same transaction as the change and delivered after commit.
 */
public record DomainEvent(
        String type, long ticketId, String ticketNumber, Instant occurredAt, Actor actor, Map<String, String> data) {

    public static final String CREATED = "ticket.created";
    public static final String UPDATED = "ticket.updated";
    public static final String STATUS_CHANGED = "ticket.status_changed";
    public static final String ASSIGNED = "ticket.assigned";
    public static final String PRIORITY_CHANGED = "ticket.priority_changed";
    public static final String REPLY_ADDED = "ticket.reply_added";
    public static final String NOTE_ADDED = "ticket.note_added";
    public static final String TASK_CHANGED = "ticket.task_changed";
    public static final String LINKED = "ticket.linked";
    public static final String ATTACHMENT_ADDED = "ticket.attachment_added";
    public static final String DELETED = "ticket.deleted";
    public static final String RESTORED = "ticket.restored";
    /**
     * Time was logged on, changed on or removed from a ticket. Data: entryId, agentId, agent
     * (login), startedAt (ISO instant), minutes, billable (true/false), workType, note (may be
     * empty); a removal carries entryId only. The PSA push turns these into PSA time entries.
     */
    public static final String TIME_LOGGED = "ticket.time_logged";

    public static final String TIME_CHANGED = "ticket.time_changed";
    public static final String TIME_REMOVED = "ticket.time_removed";
    /**
     * This ticket was merged into another and closed. Data: into (the survivor's number), intoId,
     * from (the status it had), externalMoved (true when its PSA ref moved to the survivor). Its
     * comments, with their email Message-IDs, now belong to the survivor.
     */
    public static final String MERGED = "ticket.merged";
    /**
     * A PSA pull kept this desk's values of some fields over the PSA's older ones (last writer
     * wins). Data: fields (comma-separated: summary, description, status, priority, assignee).
     * Internal to the sync: the PSA push re-sends those values; no notifier receives it.
     */
    public static final String SYNC_KEPT = "ticket.sync_kept";
    /** Someone was named as @login in a reply or note; data "mentions" lists the logins. */
    public static final String MENTIONED = "ticket.mentioned";
    /** Written by the SLA watch, not by the aggregate: a deadline is close, or has passed. */
    public static final String SLA_WARNING = "sla.warning";

    public static final String SLA_BREACHED = "sla.breached";

    public DomainEvent {
        data = Map.copyOf(data);
    }
}
