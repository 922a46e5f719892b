package io.switchboard.interfaces.rest.body;

import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the work on many tickets at once and of the PSA connections. */
public final class AdminShapes {

    private AdminShapes() {}

    @Schema(name = "BulkRequest", description = "Either tickets or filter, and what to set on each")
    public record Bulk(
            @Schema(description = "At most 1000 tickets; with a version a stale ticket is refused")
            List<BulkTicket> tickets,

            @Schema(
                    description = "The ticket list's query parameters, e.g. {\"status\": \"new\"}",
                    example = "{\"status\": \"new\", \"priority\": \"low\"}")
            Map<String, String> filter,

            @Schema(required = true) BulkSet set) {}

    @Schema(name = "BulkTicket", description = "A ticket number, or its number and the version you last read")
    public static final class BulkTicket {
        private BulkTicket() {}
    }

    @Schema(name = "BulkTicketVersion", description = "A ticket number and the version you last read")
    public record BulkTicketVersion(
            @Schema(required = true, example = "TKT-000002") String number,
            @Schema(example = "4") Long version) {}

    @Schema(name = "BulkSet", description = "What to change on every ticket")
    public record BulkSet(
            @Schema(example = "in_progress") String status,
            Priority priority,
            AgentId assigneeId,
            @Schema(example = "1") Long boardId,
            @Schema(example = "vip") String addTag,

            @Schema(description = "Move to the workflow's closed status", example = "false")
            Boolean close,

            @Schema(description = "Merge each ticket into this one", example = "TKT-000042")
            String mergeInto) {}

    @Schema(name = "TicketImport", description = "One ticket of an import: the create fields plus its past")
    public record Import(
            @Schema(required = true, maxLength = 200, example = "Printer jam on floor 3")
            String summary,

            @Schema(example = "The tray 2 rollers are worn.")
            String description,

            Priority priority,
            TicketType type,
            @Schema(example = "2") Long categoryId,
            @Schema(example = "1") Long companyId,
            @Schema(example = "1") Long contactId,
            AgentId assigneeId,
            @Schema(example = "1") Long boardId,
            @Schema(example = "[\"hardware\"]") List<String> tags,
            @Schema(example = "2026-01-07T17:00:00Z") Instant dueAt,

            @Schema(description = "The status it reaches by walking the workflow", example = "resolved")
            String status,

            @Schema(example = "2026-01-05T09:00:00Z") Instant createdAt,
            @Schema(example = "2026-01-06T10:00:00Z") Instant resolvedAt) {}

    @Schema(name = "PsaBoards", description = "The remote boards to sync; boards not named keep their settings")
    public record Boards(@Schema(required = true) List<BoardSelection> boards) {}

    @Schema(name = "PsaBoardSelection")
    public record BoardSelection(
            @Schema(required = true, example = "1") String remoteId,
            @Schema(example = "Service Desk") String remoteName,
            @Schema(example = "1") Long localBoardId,
            @Schema(defaultValue = "true") Boolean enabled) {}

    @Schema(name = "PsaMappings", description = "Replaces all mappings of each kind named")
    public record Mappings(@Schema(required = true) List<Mapping> mappings) {}

    @Schema(name = "PsaMapping")
    public record Mapping(
            @Schema(
                    required = true,
                    enumeration = {"status", "priority", "member", "company"},
                    example = "status")
            String kind,

            @Schema(description = "The remote board of a status", example = "1")
            String scope,

            @Schema(required = true, example = "17") String remoteId,
            @Schema(example = "In Progress") String remoteName,

            @Schema(
                    required = true,
                    description = "A status key, a priority key, an agent id or a company id",
                    example = "in_progress")
            String localValue) {}

    @Schema(name = "CallbackRegistration", description = "This server's public address of /api/v1/webhooks/{id}")
    public record Callback(
            @Schema(required = true, format = "uri", example = "https://desk.example.com/api/v1/webhooks/1")
            String url) {}
}
