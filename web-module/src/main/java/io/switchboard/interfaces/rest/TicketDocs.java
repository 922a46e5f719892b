package io.switchboard.interfaces.rest;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request shapes for the OpenAPI document; the resources read bodies with JsonInput. */
final class TicketDocs {

    private TicketDocs() {}

    @Schema(name = "TicketCreate", description = "A new ticket. Unknown fields are refused.")
    record Create(
            @Schema(required = true, maxLength = 200) String summary,
            @Schema(description = "Plain text") String description,
            @Schema(enumeration = {"critical", "high", "medium", "low"}, defaultValue = "medium") String priority,
            @Schema(enumeration = {"incident", "service_request", "problem", "change"}, defaultValue = "incident") String type,
            Long categoryId,
            Long companyId,
            @Schema(description = "The requester; must belong to companyId when both are given") Long contactId,
            @Schema(description = "An agent id or \"me\"") Object assigneeId,
            Long boardId,
            List<String> tags,
            Instant dueAt,
            @Schema(description = "Agent ids (or \"me\") to watch the ticket") List<Object> watcherIds) {}
}
