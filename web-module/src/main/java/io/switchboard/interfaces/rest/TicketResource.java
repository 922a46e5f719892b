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
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.http.IdempotentCreate;
import io.switchboard.interfaces.rest.http.Preconditions;
import io.switchboard.interfaces.rest.json.JsonInput;
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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/tickets")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class TicketResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

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
    @Operation(summary = "List tickets", description = "Filters: q, status, priority, type, board, company, category, contact,"
            + " assigned=me|unassigned|all|<agentId>, includeClosed, overdue, createdFrom/createdTo/resolvedFrom/resolvedTo (instants); sort=priority,-createdAt (priority sorts critical"
            + " first); page from 1, pageSize up to 200. Default: open tickets, most urgent first, newest first.")
    public Page<TicketListItem> list() {
        return queries.list(TicketListParams.parse(uri.getQueryParameters(), caller));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a ticket", description = "Only summary is required. Send an Idempotency-Key header to make retries safe.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TicketDocs.Create.class)))
    public Response create(String body, @HeaderParam(IdempotentCreate.HEADER) String key) {
        return idempotent.create(caller.login(), key, "POST", "/tickets", body, () -> {
            CreateTicket command = bodies.create(body);
            TicketView created = tickets.create(command, caller.apiActor());
            return new IdempotentCreate.Created(uri.getBaseUriBuilder().path("tickets").path(created.number()).build(), created,
                    Long.toString(created.version()));
        });
    }

    @GET
    @Path("stats")
    @Operation(summary = "Dashboard numbers", description = "Optional board, assigned=me|unassigned|<agentId>, tz (for 'resolved today').")
    public TicketStats stats(@QueryParam("board") Long board, @QueryParam("assigned") String assigned, @QueryParam("tz") String tz) {
        MultivaluedHashMap<String, String> params = new MultivaluedHashMap<>();
        if (assigned != null) {
            params.putSingle("assigned", assigned);
        }
        TicketFilter filter = TicketListParams.parse(params, caller);
        return statistics.stats(board, filter.assigned(), zone(tz));
    }

    @GET
    @Path("{ref}")
    @Operation(summary = "One ticket", description = "{ref} is the id or the number (TKT-000123). The ETag is the version to send back in If-Match.")
    public Response get(@PathParam("ref") String ref, @Context Request request) {
        TicketView view = tickets.get(TicketRefs.id(ref));
        EntityTag tag = Preconditions.etag(view.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return unchanged != null ? unchanged.build() : Response.ok(view).tag(tag).build();
    }

    @PUT
    @Path("{ref}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a ticket's fields", description = "Needs If-Match. Fields left out are cleared; the status changes through /status.")
    public Response replace(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, String body) {
        long id = TicketRefs.id(ref);
        Long expected = Preconditions.expectedVersion(ifMatch, true);
        return withTag(tickets.update(id, expected, bodies.replace(body), caller.apiActor()));
    }

    @PATCH
    @Path("{ref}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(summary = "Change some fields", description = "JSON merge patch; needs If-Match. May include status (checked against the workflow).")
    public Response patch(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, String body) {
        long id = TicketRefs.id(ref);
        Long expected = Preconditions.expectedVersion(ifMatch, true);
        return withTag(tickets.update(id, expected, bodies.patch(body), caller.apiActor()));
    }

    @DELETE
    @Path("{ref}")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Delete a ticket", description = "Soft delete: the ticket disappears from every view but keeps its history; /restore brings it back.")
    public Response delete(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch) {
        tickets.delete(TicketRefs.id(ref), Preconditions.expectedVersion(ifMatch, false), caller.apiActor());
        return Response.noContent().build();
    }

    @POST
    @Path("{ref}/restore")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Restore a deleted ticket")
    public Response restore(@PathParam("ref") String ref) {
        return withTag(tickets.restore(TicketRefs.id(ref), caller.apiActor()));
    }

    @POST
    @Path("{ref}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move through the workflow", description = "Body {\"status\": \"in_progress\"}. 409 lists the allowed next statuses. If-Match optional.")
    public Response changeStatus(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, String body) {
        long id = TicketRefs.id(ref);
        JsonInput in = JsonInput.parse(body, Set.of("status"));
        String status = in.requiredString("status");
        in.done();
        return withTag(tickets.changeStatus(id, Preconditions.expectedVersion(ifMatch, false), status, caller.apiActor()));
    }

    @POST
    @Path("{ref}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign", description = "Body {\"assigneeId\": 12 | \"me\" | null, \"boardId\": 3} (boardId optional). If-Match optional.")
    public Response assign(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, String body) {
        long id = TicketRefs.id(ref);
        JsonInput in = JsonInput.parse(body, Set.of("assigneeId", "boardId"));
        if (!in.has("assigneeId")) {
            in.error("assigneeId", "is required (null unassigns)");
        }
        Long agent = bodies.agent(in, "assigneeId");
        boolean moveBoard = in.has("boardId");
        Long board = in.id("boardId");
        in.done();
        return withTag(tickets.assign(id, Preconditions.expectedVersion(ifMatch, false), agent, moveBoard, board, caller.apiActor()));
    }

    @POST
    @Path("{ref}/watchers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a watcher", description = "Body {\"agentId\": 12 | \"me\"}.")
    public Response watch(@PathParam("ref") String ref, String body) {
        long id = TicketRefs.id(ref);
        JsonInput in = JsonInput.parse(body, Set.of("agentId"));
        Long agent = bodies.agent(in, "agentId");
        if (agent == null) {
            in.error("agentId", "is required");
        }
        in.done();
        return withTag(tickets.watch(id, agent, caller.apiActor()));
    }

    @DELETE
    @Path("{ref}/watchers/{agent}")
    @Operation(summary = "Remove a watcher", description = "{agent} is an agent id or 'me'.")
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
    @Operation(summary = "Spin off a child ticket", description = "Same body as creating a ticket; company, contact, board and category come from the parent.")
    public Response spinOff(@PathParam("ref") String ref, String body, @HeaderParam(IdempotentCreate.HEADER) String key) {
        long parent = TicketRefs.id(ref);
        return idempotent.create(caller.login(), key, "POST", "/tickets/" + parent + "/spinoff", body, () -> {
            TicketView child = tickets.spinOff(parent, bodies.create(body), caller.apiActor());
            return new IdempotentCreate.Created(uri.getBaseUriBuilder().path("tickets").path(child.number()).build(), child,
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
