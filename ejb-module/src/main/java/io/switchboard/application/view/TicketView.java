package io.switchboard.application.view;

import io.switchboard.domain.shared.Origin;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import java.time.Instant;
import java.util.List;

/**
 * A ticket in full, as the detail view and the API show it; {@code mergedInto} is the survivor's
 * number once merged. {@code descriptionHtml} is sanitised HTML for display (a ticket opened by
 * email), or null: {@code description} is always the text.
 */
public record TicketView(
        long id,
        String number,
        long version,
        String summary,
        String description,
        String descriptionHtml,
        StatusView status,
        List<StatusView> allowedTransitions,
        Priority priority,
        TicketType type,
        Ref category,
        Ref company,
        ContactRef contact,
        AgentRef assignee,
        Ref board,
        List<String> tags,
        List<AgentRef> watchers,
        List<ContactRef> contactWatchers,
        Instant dueAt,
        SlaView sla,
        boolean overdue,
        Instant firstResponseAt,
        Instant resolvedAt,
        Instant closedAt,
        Origin source,
        ExternalView external,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        String mergedInto) {}
