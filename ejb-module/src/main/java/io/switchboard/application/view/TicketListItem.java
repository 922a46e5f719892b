package io.switchboard.application.view;

import io.switchboard.application.search.Highlight;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import java.time.Instant;

/**
 * A ticket as one row of a list: no description, no collections; {@code matched} only in the
 * results of a text search. {@code version} is the one its ETag carries, for a bulk change that
 * must not overwrite what someone changed since the list was read.
 */
public record TicketListItem(
        long id,
        String number,
        String summary,
        StatusView status,
        Priority priority,
        TicketType type,
        Ref company,
        AgentRef assignee,
        Ref board,
        Ref category,
        Instant createdAt,
        Instant updatedAt,
        Instant dueAt,
        Instant deadlineAt,
        boolean overdue,
        Highlight matched,
        long version) {

    /** The same row with where a text search matched it (null: no text search, or no passage to show). */
    public TicketListItem matched(Highlight where) {
        return new TicketListItem(
                id,
                number,
                summary,
                status,
                priority,
                type,
                company,
                assignee,
                board,
                category,
                createdAt,
                updatedAt,
                dueAt,
                deadlineAt,
                overdue,
                where,
                version);
    }
}
