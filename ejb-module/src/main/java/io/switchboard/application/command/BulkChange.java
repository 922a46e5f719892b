package io.switchboard.application.command;

import io.switchboard.domain.shared.Patch;
import io.switchboard.domain.ticket.Priority;

/**
 * What a bulk action does to each ticket: any of a status move, a priority, an assignee (null
 * unassigns), a board, one tag added, closing, or merging into another ticket.
 */
public record BulkChange(
        Patch<String> status,
        Patch<Priority> priority,
        Patch<Long> assigneeId,
        Patch<Long> boardId,
        String addTag,
        boolean close,
        Long mergeIntoId) {

    public boolean isEmpty() {
        return !status.isSet()
                && !priority.isSet()
                && !assigneeId.isSet()
                && !boardId.isSet()
                && (addTag == null || addTag.isBlank())
                && !close
                && mergeIntoId == null;
    }
}
