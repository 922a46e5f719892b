package io.switchboard.interfaces.rest.body;

import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the ticket operations. */
public final class TicketShapes {

    private TicketShapes() {}

    @Schema(name = "TicketCreate", description = "A new ticket. Only summary is required; unknown fields are refused.")
    public record Create(
            @Schema(required = true, maxLength = 200, example = "Outlook not syncing")
            String summary,

            @Schema(description = "Plain text", example = "Since this morning, on the laptop only.")
            String description,

            @Schema(defaultValue = "medium", example = "high")
            Priority priority,

            @Schema(defaultValue = "incident", example = "incident")
            TicketType type,

            @Schema(example = "2") Long categoryId,
            @Schema(example = "1") Long companyId,

            @Schema(description = "The requester; must belong to companyId when both are given", example = "1")
            Long contactId,

            @Schema(description = "An agent id or \"me\"") AgentId assigneeId,
            @Schema(example = "1") Long boardId,
            @Schema(example = "[\"email\"]") List<String> tags,
            @Schema(example = "2026-12-01T17:00:00Z") Instant dueAt,

            @Schema(description = "Agents (ids or \"me\") who watch the ticket")
            List<AgentId> watcherIds) {}

    @Schema(
            name = "TicketReplace",
            description =
                    "Every editable field (PUT): a field left out is cleared. The status changes through /status.")
    public record Replace(
            @Schema(required = true, maxLength = 200, example = "Outlook not syncing")
            String summary,

            @Schema(example = "Since this morning.") String description,
            @Schema(required = true, example = "high") Priority priority,
            @Schema(required = true, example = "incident") TicketType type,
            @Schema(example = "2") Long categoryId,
            @Schema(example = "1") Long companyId,
            @Schema(example = "1") Long contactId,
            AgentId assigneeId,
            @Schema(example = "1") Long boardId,
            @Schema(example = "[\"email\"]") List<String> tags,
            @Schema(example = "2026-12-01T17:00:00Z") Instant dueAt,

            @Schema(description = "Ignored on replace (watchers change through /watchers)")
            List<AgentId> watcherIds) {}

    @Schema(
            name = "TicketPatch",
            description = "A JSON merge patch: only the fields given change, null clears. status is checked against"
                    + " the workflow.")
    public record Patch(
            @Schema(maxLength = 200, example = "Outlook not syncing on the laptop")
            String summary,

            @Schema(example = "Also on the phone since noon.")
            String description,

            @Schema(description = "A status key of the workflow", example = "in_progress")
            String status,

            @Schema(example = "critical") Priority priority,
            TicketType type,
            @Schema(example = "2") Long categoryId,
            @Schema(example = "1") Long companyId,
            @Schema(example = "1") Long contactId,
            AgentId assigneeId,
            @Schema(example = "1") Long boardId,
            @Schema(example = "[\"email\", \"vip\"]") List<String> tags,
            @Schema(example = "2026-12-02T17:00:00Z") Instant dueAt) {}

    @Schema(name = "StatusChange", description = "The workflow status to move to")
    public record StatusChange(
            @Schema(required = true, description = "A status key of the workflow", example = "in_progress")
            String status) {}

    @Schema(name = "Assignment", description = "Who works the ticket (null unassigns), and optionally on which board")
    public record Assignment(
            @Schema(required = true, description = "An agent id, \"me\" or null")
            AgentId assigneeId,

            @Schema(example = "1") Long boardId) {}

    @Schema(name = "WatcherAdd", description = "An agent to watch the ticket")
    public record WatcherAdd(@Schema(required = true) AgentId agentId) {}

    @Schema(name = "MergeRequest", description = "The ticket that survives the merge")
    public record Merge(
            @Schema(required = true, description = "The surviving ticket's number", example = "TKT-000042")
            String into) {}

    @Schema(name = "PsaSendRequest", description = "Where in the PSA to open the ticket")
    public record SendToPsa(
            @Schema(required = true, description = "The PSA connection's id", example = "12")
            Long connection,

            @Schema(
                    required = true,
                    description = "The remote board's id: one the connection syncs",
                    example = "board-1")
            String board,

            @Schema(
                    description = "The remote company's id (default: the ticket's company, mapped or of the same name)",
                    example = "company-250")
            String company) {}

    @Schema(name = "PsaResourceRequest", description = "A PSA member to put on the ticket")
    public record PsaResource(
            @Schema(required = true, description = "The member's id in the PSA", example = "member-42")
            String memberId) {}

    @Schema(name = "ParseRequest", description = "A sentence to turn into a draft ticket (nothing is created)")
    public record Parse(
            @Schema(
                    required = true,
                    example = "Outlook not syncing for Megan Bowen at Acme Corp, high priority, assign to me")
            String text,

            @Schema(description = "The caller's time zone, for dates like 'tomorrow'", example = "Europe/Berlin")
            String tz) {}
}
