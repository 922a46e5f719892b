package io.switchboard.domain.ticket;

/**
 * What one ticket adds to the running counts behind the dashboard and list totals: one ticket
 * under its status, priority, category, board and assignee, and if resolved, how long it took
 * and whether it met its SLA. Dimensions use 0 for "none" so that the key is never null.
 */
public record Tally(
        long statusId,
        short priority,
        long categoryId,
        long boardId,
        long assigneeId,
        long resolvedSeconds,
        int resolved,
        int slaMet) {

    public Tally negate() {
        return new Tally(statusId, priority, categoryId, boardId, assigneeId, -resolvedSeconds, -resolved, -slaMet);
    }

    public boolean sameKey(Tally other) {
        return other != null
                && statusId == other.statusId
                && priority == other.priority
                && categoryId == other.categoryId
                && boardId == other.boardId
                && assigneeId == other.assigneeId;
    }
}
