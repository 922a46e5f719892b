package io.switchboard.domain.ticket;

/**
 * Where a ticket sits for the working views, kept in its own indexed column so that the default
 * queue ("everything not done, most urgent first") is one index range at any volume.
 */
public enum QueueState {
    /** new, open or pending: the desk still owes work. */
    ACTIVE,
    /** resolved or closed. */
    DONE,
    /** soft-deleted: kept for the audit trail, invisible everywhere else. */
    DELETED
}
