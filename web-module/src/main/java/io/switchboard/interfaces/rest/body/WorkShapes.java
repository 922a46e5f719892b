package io.switchboard.interfaces.rest.body;

import io.switchboard.application.command.LinkRole;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of a ticket's parts: replies and notes, tasks, links and time entries. */
public final class WorkShapes {

    private WorkShapes() {}

    @Schema(name = "CommentCreate", description = "A reply to the requester, or an internal note")
    public record Comment(
            @Schema(required = true, example = "Could you restart Outlook and tell me if it syncs?")
            String body,

            @Schema(
                    enumeration = {"text", "markdown", "html"},
                    defaultValue = "text",
                    description = "markdown and html are sanitised")
            String format,

            @Schema(defaultValue = "false", description = "An internal note the requester never sees")
            Boolean internal,

            @Schema(defaultValue = "false", description = "Marks the reply as the solution")
            Boolean solution,

            @Schema(
                    description = "Public replies: addresses to send to (default: the requester)",
                    example = "[\"megan@acme.com\"]")
            List<String> to,

            @Schema(description = "Public replies: copies", example = "[\"it-lead@acme.com\"]")
            List<String> cc,

            @Schema(
                    description = "Ids of files on this ticket, not yet sent with another comment, to send with this"
                            + " one (at most 20)",
                    maxItems = 20,
                    example = "[12]")
            List<Long> attachments) {}

    @Schema(name = "TaskCreate", description = "A sub-task")
    public record TaskCreate(
            @Schema(required = true, example = "Order a replacement dock")
            String title,

            AgentId assigneeId,
            @Schema(example = "2026-12-01T17:00:00Z") Instant dueAt) {}

    @Schema(name = "TaskPatch", description = "A merge patch of a task: only the fields given change")
    public record TaskPatch(
            @Schema(example = "Order two replacement docks") String title,
            AgentId assigneeId,
            @Schema(example = "2026-12-02T12:00:00Z") Instant dueAt,
            @Schema(example = "true") Boolean done) {}

    @Schema(name = "LinkCreate", description = "A link from this ticket to another")
    public record Link(
            @Schema(required = true) TicketReference ticket,

            @Schema(required = true, description = "What the other ticket is to this one", example = "related")
            LinkRole role) {}

    @Schema(name = "TimeEntryCreate", description = "Time worked on the ticket")
    public record TimeEntryCreate(
            @Schema(required = true, minimum = "1", example = "45")
            Long minutes,

            @Schema(defaultValue = "true", example = "true") Boolean billable,
            @Schema(example = "Replaced the dock") String note,

            @Schema(
                    description = "When the work started (default: now minus minutes)",
                    example = "2026-11-30T09:00:00Z")
            Instant startedAt,

            @Schema(description = "Who worked (default: the caller)")
            AgentId agentId,

            @Schema(example = "remote") String workType) {}

    @Schema(name = "TimeEntryPatch", description = "A merge patch of a time entry: only the fields given change")
    public record TimeEntryPatch(
            @Schema(minimum = "1", example = "60") Long minutes,
            @Schema(example = "false") Boolean billable,

            @Schema(example = "Replaced the dock and its cable")
            String note,

            @Schema(example = "2026-11-30T08:45:00Z") Instant startedAt,
            AgentId agentId,
            @Schema(example = "onsite") String workType) {}
}
