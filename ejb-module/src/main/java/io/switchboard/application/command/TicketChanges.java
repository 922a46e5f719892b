package io.switchboard.application.command;

import io.switchboard.domain.shared.Patch;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import java.time.Instant;
import java.util.Set;

/** A partial update of a ticket; fields left {@link Patch#unchanged()} keep their value. */
public record TicketChanges(
        Patch<String> summary,
        Patch<String> description,
        Patch<String> status,
        Patch<Priority> priority,
        Patch<TicketType> type,
        Patch<Long> categoryId,
        Patch<Long> companyId,
        Patch<Long> contactId,
        Patch<Long> assigneeId,
        Patch<Long> boardId,
        Patch<Set<String>> tags,
        Patch<Instant> dueAt) {}
