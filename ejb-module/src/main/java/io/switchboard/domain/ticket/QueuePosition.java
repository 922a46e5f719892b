package io.switchboard.domain.ticket;

import io.switchboard.domain.sla.SlaClock;
import java.time.Instant;

/**
 * Where a ticket stands in the queues, as its indexed columns keep it: live, done or deleted, and
 * the deadline the lists sort and flag "overdue" by. That is the nearer of the running SLA clock
 * (first response until answered, then resolution) and the explicit due date, and only for a live
 * ticket whose clock is not paused.
 */
record QueuePosition(QueueState state, Instant deadline) {

    static QueuePosition of(boolean deleted, boolean done, SlaClock sla, Instant firstResponseAt, Instant dueAt) {
        QueueState state = deleted ? QueueState.DELETED : done ? QueueState.DONE : QueueState.ACTIVE;
        Instant slaDeadline = state != QueueState.ACTIVE || sla.isPaused()
                ? null
                : firstResponseAt == null ? sla.firstResponseDueAt() : sla.resolutionDueAt();
        Instant explicitDue = state == QueueState.ACTIVE ? dueAt : null;
        Instant deadline = slaDeadline == null
                ? explicitDue
                : explicitDue == null || slaDeadline.isBefore(explicitDue) ? slaDeadline : explicitDue;
        return new QueuePosition(state, deadline);
    }
}
