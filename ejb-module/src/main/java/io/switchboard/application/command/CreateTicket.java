package io.switchboard.application.command;

import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import java.time.Instant;
import java.util.Set;

/** A new ticket. Only the summary is required; priority defaults to medium and type to incident. */
public record CreateTicket(
        String summary,
        String description,
        Priority priority,
        TicketType type,
        Long categoryId,
        Long companyId,
        Long contactId,
        Long assigneeId,
        Long boardId,
        Set<String> tags,
        Instant dueAt,
        Set<Long> watcherIds) {

    public CreateTicket {
        priority = priority == null ? Priority.MEDIUM : priority;
        type = type == null ? TicketType.INCIDENT : type;
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        watcherIds = watcherIds == null ? Set.of() : Set.copyOf(watcherIds);
    }
}
