package io.switchboard.interfaces.rest;

import io.switchboard.application.TicketQueries;
import io.switchboard.application.TicketService;
import io.switchboard.application.TicketStatistics;
import io.switchboard.application.command.CreateTicket;
import io.switchboard.application.command.TicketFilter;
import io.switchboard.application.view.Page;
import io.switchboard.application.view.TicketListItem;
import io.switchboard.application.view.TicketStats;
import io.switchboard.application.view.TicketView;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import io.switchboard.interfaces.rest.body.TicketShapes;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.http.IdempotentCreate;
import io.switchboard.interfaces.rest.http.Preconditions;
import io.switchboard.interfaces.rest.json.JsonInput;
import io.switchboard.interfaces.rest.openapi.ETagged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/tickets")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class TicketResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    static final String IF_MATCH = "The ETag you last read; a stale one is 412, none is 428";

    @Inject
    TicketService tickets;

    @Inject
    TicketQueries queries;

    @Inject
    TicketStatistics statistics;

    @Inject
    TicketBodies bodies;

    @Inject
    CallerContext caller;

    @Inject
    IdempotentCreate idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            operationId = "listTickets",
            summary = "List tickets",
            description =
                    "Filters: q, status, priority, type, board, company, category, contact,"
                            + " assigned=me|unassigned|all|<agentId>, includeClosed, overdue, createdFrom/createdTo/resolvedFrom/resolvedTo (instants), updatedSince (an instant: changed at or after it, for sync clients with sort=updatedAt); sort=priority,-createdAt (priority sorts critical"
                            + " first); page from 1, pageSize up to 200. Default: open tickets, most urgent first, newest first.")
    @Parameters({
        @Parameter(
                name = "q",
                in = ParameterIn.QUERY,
                description =
                        "Free words matched in the summary, plus the search syntax: status:open priority:high,critical type:incident company:\"Acme Corp\" board:Infrastructure category:Email assignee:me",
                schema = @Schema(type = SchemaType.STRING),
                example = "printer status:open"),
        @Parameter(
                name = "status",
                in = ParameterIn.QUERY,
                description = "Status keys (comma-separated); default: every status but the closed ones",
                explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
                example = "open,in_progress"),
        @Parameter(
                name = "priority",
                in = ParameterIn.QUERY,
                description = "Priorities (comma-separated)",
                explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = Priority.class),
                example = "high,critical"),
        @Parameter(
                name = "type",
                in = ParameterIn.QUERY,
                description = "Ticket types (comma-separated)",
                explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = TicketType.class),
                example = "incident"),
        @Parameter(
                name = "board",
                in = ParameterIn.QUERY,
                description = "Board ids (comma-separated)",
                explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = Long.class),
                example = "1"),
        @Parameter(
                name = "company",
                in = ParameterIn.QUERY,
                description = "Company ids (comma-separated)",
                explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = Long.class),
                example = "1"),
        @Parameter(
                name = "category",
                in = ParameterIn.QUERY,
                description = "Category ids (comma-separated)",
                explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = Long.class),
                example = "2"),
        @Parameter(
                name = "contact",
                in = ParameterIn.QUERY,
                description = "The requester's contact id",
                schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"),
                example = "1"),
        @Parameter(
                name = "assigned",
                in = ParameterIn.QUERY,
                description = "me, unassigned, all or an agent id",
                schema =
                        @Schema(
                                type = SchemaType.STRING,
                                pattern = "^(me|unassigned|all|[1-9][0-9]*)$",
                                defaultValue = "all"),
                example = "me"),
        @Parameter(
                name = "includeClosed",
                in = ParameterIn.QUERY,
                description = "Include tickets in closed statuses",
                schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")),
        @Parameter(
                name = "overdue",
                in = ParameterIn.QUERY,
                description = "Only tickets past (true) or within (false) their deadline",
                schema = @Schema(type = SchemaType.BOOLEAN)),
        @Parameter(
                name = "sort",
                in = ParameterIn.QUERY,
                description =
                        "Sort keys, - for descending: priority, status (its place in the workflow), createdAt, updatedAt, dueAt, deadline, number, summary. Default: priority, then newest",
                explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
                example = "-updatedAt"),
        @Parameter(
                name = "page",
                in = ParameterIn.QUERY,
                description = "The page, from 1",
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "1"),
                example = "1"),
        @Parameter(
                name = "pageSize",
                in = ParameterIn.QUERY,
                description = "Tickets per page",
                schema =
                        @Schema(
                                type = SchemaType.INTEGER,
                                format = "int32",
                                minimum = "1",
                                maximum = "200",
                                defaultValue = "25"),
                example = "25"),
        @Parameter(
                name = "createdFrom",
                in = ParameterIn.QUERY,
                description = "Created at or after this instant",
                schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                example = "2026-11-01T00:00:00Z"),
        @Parameter(
                name = "createdTo",
                in = ParameterIn.QUERY,
                description = "Created before this instant",
                schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                example = "2026-12-01T00:00:00Z"),
        @Parameter(
                name = "resolvedFrom",
                in = ParameterIn.QUERY,
                description = "Resolved at or after this instant",
                schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                example = "2026-11-01T00:00:00Z"),
        @Parameter(
                name = "resolvedTo",
                in = ParameterIn.QUERY,
                description = "Resolved before this instant",
                schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                example = "2026-12-01T00:00:00Z"),
        @Parameter(
                name = "updatedSince",
                in = ParameterIn.QUERY,
                description = "Changed at or after this instant (for sync clients, with sort=updatedAt)",
                schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                example = "2026-11-30T00:00:00Z"),
        @Parameter(
                name = "psaConnection",
                in = ParameterIn.QUERY,
                description = "Only tickets synced with this PSA connection (its id, as /psa/connections lists it)",
                schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"),
                example = "12"),
        @Parameter(
                name = "psaBoard",
                in = ParameterIn.QUERY,
                description = "Within psaConnection (required with it), only tickets of this remote board id",
                schema = @Schema(type = SchemaType.STRING, maxLength = 80),
                // not "1": the document would give a number-like example as a number, which a string schema refuses
                example = "board-1")
    })
    public Page<TicketListItem> list() {
        return queries.list(TicketListParams.parse(uri.getQueryParameters(), caller));
    }

    /**
     * The same list as CSV for {@code Accept: text/csv}: every matching ticket in list order, not a
     * page (page and pageSize are ignored), streamed. Documented with the list's operation.
     */
    @GET
    @Produces(TicketCsv.PRODUCES)
    @Operation(
            hidden = true,
            operationId = "listTickets",
            summary = "Every matching ticket as CSV (Accept: text/csv): the same filters, all rows, no paging")
    public Response export() {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>(uri.getQueryParameters());
        params.remove("page");
        params.remove("pageSize");
        List<Long> ids = queries.matchingIds(TicketListParams.parse(params, caller), TicketCsv.MAX_ROWS);
        StreamingOutput rows = out -> TicketCsv.write(queries, ids, out);
        return Response.ok(rows, TicketCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", TicketCsv.disposition())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createTicket",
            summary = "Open a ticket",
            description = "Only summary is required. Send an Idempotency-Key header to make retries safe.")
    @ETagged
    @APIResponse(
            responseCode = "201",
            description = "Opened",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.TicketView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TicketShapes.Create.class)))
    public Response create(String body, @HeaderParam(IdempotentCreate.HEADER) String key) {
        return idempotent.create(caller.login(), key, "POST", "/tickets", body, () -> {
            CreateTicket command = bodies.create(body);
            TicketView created = tickets.create(command, caller.apiActor());
            return new IdempotentCreate.Created(
                    uri.getBaseUriBuilder()
                            .path("tickets")
                            .path(created.number())
                            .build(),
                    created,
                    Long.toString(created.version()));
        });
    }

    @GET
    @Path("stats")
    @Operation(
            operationId = "getTicketStats",
            summary = "Dashboard numbers",
            description = "Optional board, assigned=me|unassigned|<agentId>, tz (for 'resolved today').")
    public TicketStats stats(
            @QueryParam("board") Long board, @QueryParam("assigned") String assigned, @QueryParam("tz") String tz) {
        MultivaluedHashMap<String, String> params = new MultivaluedHashMap<>();
        if (assigned != null) {
            params.putSingle("assigned", assigned);
        }
        TicketFilter filter = TicketListParams.parse(params, caller);
        return statistics.stats(board, filter.assigned(), zone(tz));
    }

    @GET
    @Path("{ref}")
    @Operation(
            operationId = "getTicket",
            summary = "One ticket",
            description =
                    "{ref} is the id or the number (TKT-000123). The ETag is the version to send back in If-Match.")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The ticket",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.TicketView.class)))
    public Response get(@PathParam("ref") String ref, @Context Request request) {
        TicketView view = tickets.get(TicketRefs.id(ref));
        EntityTag tag = Preconditions.etag(view.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return unchanged != null
                ? unchanged.build()
                : Response.ok(view).tag(tag).build();
    }

    @PUT
    @Path("{ref}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceTicket",
            summary = "Replace a ticket's fields",
            description = "Needs If-Match. Fields left out are cleared; the status changes through /status.")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The changed ticket",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.TicketView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TicketShapes.Replace.class)))
    public Response replace(
            @PathParam("ref") String ref,
            @HeaderParam("If-Match") @Parameter(required = true, description = IF_MATCH, example = "\"3\"")
                    String ifMatch,
            String body) {
        long id = TicketRefs.id(ref);
        Long expected = Preconditions.expectedVersion(
                ifMatch, true, () -> tickets.get(id).version());
        return withTag(tickets.update(id, expected, bodies.replace(body), caller.apiActor()));
    }

    @PATCH
    @Path("{ref}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(
            operationId = "updateTicket",
            summary = "Change some fields",
            description = "JSON merge patch; needs If-Match. May include status (checked against the workflow).")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The changed ticket",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.TicketView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TicketShapes.Patch.class)))
    public Response patch(
            @PathParam("ref") String ref,
            @HeaderParam("If-Match") @Parameter(required = true, description = IF_MATCH, example = "\"3\"")
                    String ifMatch,
            String body) {
        long id = TicketRefs.id(ref);
        Long expected = Preconditions.expectedVersion(
                ifMatch, true, () -> tickets.get(id).version());
        return withTag(tickets.update(id, expected, bodies.patch(body), caller.apiActor()));
    }

    @DELETE
    @Path("{ref}")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(
            operationId = "deleteTicket",
            summary = "Delete a ticket",
            description =
                    "Soft delete: the ticket disappears from every view but keeps its history; /restore brings it back.")
    @APIResponse(responseCode = "204", description = "Deleted (restorable)")
    public Response delete(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch) {
        long id = TicketRefs.id(ref);
        tickets.delete(
                id,
                Preconditions.expectedVersion(
                        ifMatch, false, () -> tickets.get(id).version()),
                caller.apiActor());
        return Response.noContent().build();
    }

    @POST
    @Path("{ref}/restore")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(operationId = "restoreTicket", summary = "Restore a deleted ticket")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The restored ticket",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.TicketView.class)))
    public Response restore(@PathParam("ref") String ref) {
        return withTag(tickets.restore(TicketRefs.id(ref), caller.apiActor()));
    }

    @POST
    @Path("{ref}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changeTicketStatus",
            summary = "Move through the workflow",
            description = "Body {\"status\": \"in_progress\"}. 409 lists the allowed next statuses. If-Match optional.")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The ticket in its new status",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.TicketView.class)))
    @RequestBody(
            required = true,
            content = @Content(schema = @Schema(implementation = TicketShapes.StatusChange.class)))
    public Response changeStatus(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, String body) {
        long id = TicketRefs.id(ref);
        JsonInput in = JsonInput.parse(body, TicketShapes.StatusChange.class);
        String status = in.requiredString("status");
        in.done();
        return withTag(tickets.changeStatus(
                id,
                Preconditions.expectedVersion(
                        ifMatch, false, () -> tickets.get(id).version()),
                status,
                caller.apiActor()));
    }

    @POST
    @Path("{ref}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "assignTicket",
            summary = "Assign",
            description =
                    "Body {\"assigneeId\": 12 | \"me\" | null, \"boardId\": 3} (boardId optional). If-Match optional.")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The assigned ticket",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.TicketView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TicketShapes.Assignment.class)))
    public Response assign(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, String body) {
        long id = TicketRefs.id(ref);
        JsonInput in = JsonInput.parse(body, TicketShapes.Assignment.class);
        if (!in.has("assigneeId")) {
            in.error("assigneeId", "is required (null unassigns)");
        }
        Long agent = bodies.agent(in, "assigneeId");
        boolean moveBoard = in.has("boardId");
        Long board = in.id("boardId");
        in.done();
        return withTag(tickets.assign(
                id,
                Preconditions.expectedVersion(
                        ifMatch, false, () -> tickets.get(id).version()),
                agent,
                moveBoard,
                board,
                caller.apiActor()));
    }

    @POST
    @Path("{ref}/watchers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addWatcher", summary = "Add a watcher", description = "Body {\"agentId\": 12 | \"me\"}.")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The ticket with its watchers",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.TicketView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TicketShapes.WatcherAdd.class)))
    public Response watch(@PathParam("ref") String ref, String body) {
        long id = TicketRefs.id(ref);
        JsonInput in = JsonInput.parse(body, TicketShapes.WatcherAdd.class);
        Long agent = bodies.agent(in, "agentId");
        if (agent == null) {
            in.error("agentId", "is required");
        }
        in.done();
        return withTag(tickets.watch(id, agent, caller.apiActor()));
    }

    @DELETE
    @Path("{ref}/watchers/{agent}")
    @Operation(
            operationId = "removeWatcher",
            summary = "Remove a watcher",
            description = "{agent} is an agent id or 'me'.")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The ticket with its watchers",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.TicketView.class)))
    public Response unwatch(@PathParam("ref") String ref, @PathParam("agent") String agent) {
        long id = TicketRefs.id(ref);
        long agentId;
        if (agent.equalsIgnoreCase("me")) {
            agentId = caller.agentId("agent");
        } else {
            try {
                agentId = Long.parseLong(agent);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("agent", "must be an agent id or 'me'");
            }
        }
        return withTag(tickets.unwatch(id, agentId, caller.apiActor()));
    }

    @POST
    @Path("{ref}/spinoff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "spinOffTicket",
            summary = "Spin off a child ticket",
            description = "Same body as creating a ticket; company, contact, board and category come from the parent.")
    @ETagged
    @APIResponse(
            responseCode = "201",
            description = "The child ticket",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.TicketView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TicketShapes.Create.class)))
    public Response spinOff(
            @PathParam("ref") String ref, String body, @HeaderParam(IdempotentCreate.HEADER) String key) {
        long parent = TicketRefs.id(ref);
        return idempotent.create(caller.login(), key, "POST", "/tickets/" + parent + "/spinoff", body, () -> {
            TicketView child = tickets.spinOff(parent, bodies.create(body), caller.apiActor());
            return new IdempotentCreate.Created(
                    uri.getBaseUriBuilder().path("tickets").path(child.number()).build(),
                    child,
                    Long.toString(child.version()));
        });
    }

    static Response withTag(TicketView view) {
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    /** The caller's time zone ({@code tz} query or body field), UTC when absent; 400 when it is no zone. */
    static ZoneId zone(String tz) {
        if (tz == null || tz.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(tz);
        } catch (DateTimeException e) {
            throw new InvalidInputException("tz", "is not a time zone like Europe/Berlin");
        }
    }
}
