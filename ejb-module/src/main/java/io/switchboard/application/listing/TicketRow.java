package io.switchboard.application.listing;

import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import java.time.Instant;

/** The columns of the ticket table a list shows; references are ids, resolved from the cached catalogues. */
public record TicketRow(
        long id,
        String summary,
        long statusId,
        Priority priority,
        TicketType type,
        Long companyId,
        Long assigneeId,
        Long boardId,
        Long categoryId,
        Instant createdAt,
        Instant updatedAt,
        Instant dueAt,
        Instant deadlineAt,
        long version) {}
