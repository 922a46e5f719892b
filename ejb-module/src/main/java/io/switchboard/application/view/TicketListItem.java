package io.switchboard.application.view;

import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import java.time.Instant;

/** A ticket as one row of a list: no description, no collections. */
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
        boolean overdue) {}
