package io.switchboard.interfaces.rest;

import io.switchboard.application.TimeEntryService;
import io.switchboard.application.command.LogTime;
import io.switchboard.application.command.ReviseTime;
import io.switchboard.application.view.TimeEntryView;
import io.switchboard.application.view.TimeSheet;
import io.switchboard.interfaces.rest.body.WorkShapes;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.http.IdempotentCreate;
import io.switchboard.interfaces.rest.http.Paging;
import io.switchboard.interfaces.rest.http.Preconditions;
import io.switchboard.interfaces.rest.json.JsonInput;
import io.switchboard.interfaces.rest.openapi.ETagged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Time worked on a ticket; each change is a {@code ticket.time_*} event that the PSA push delivers. */
@Path("/tickets/{ref}/time-entries")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Time entries")
public class TicketTimeEntryResource {

    private static final int MAX_PAGE_SIZE = 200;

    @Inject
    TimeEntryService time;

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
            operationId = "listTimeEntries",
            summary = "The ticket's time entries, oldest first, with totals",
            description = "{items, total, page, pageSize, minutes, billableMinutes}; the totals cover every entry.")
    public TimeSheet list(
            @PathParam("ref") String ref,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue("25") int pageSize) {
        Paging.check(page, pageSize);
        return time.sheet(TicketRefs.id(ref), page, pageSize);
    }

    @GET
    @Path("{entry}")
    @Operation(operationId = "getTimeEntry", summary = "One time entry")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The entry",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.TimeEntryView.class)))
    public Response get(@PathParam("ref") String ref, @PathParam("entry") long entry) {
        TimeEntryView view = time.get(TicketRefs.id(ref), entry);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createTimeEntry",
            summary = "Log time",
            description = "Body {\"minutes\": 45, \"billable\": true, \"workType\": \"remote\", \"note\": \"...\","
                    + " \"startedAt\": \"2026-12-01T09:00:00Z\", \"agentId\": 12 | \"me\"}. Only minutes is required:"
                    + " the agent defaults to the caller, the start to minutes before now, billable to true,"
                    + " the work type to general.")
    @ETagged
    @APIResponse(
            responseCode = "201",
            description = "Logged",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.TimeEntryView.class)))
    @RequestBody(
            required = true,
            content = @Content(schema = @Schema(implementation = WorkShapes.TimeEntryCreate.class)))
    public Response log(@PathParam("ref") String ref, String body, @HeaderParam(IdempotentCreate.HEADER) String key) {
        long ticketId = TicketRefs.id(ref);
        return idempotent.create(caller.login(), key, "POST", "/tickets/" + ticketId + "/time-entries", body, () -> {
            JsonInput in = JsonInput.parse(body, WorkShapes.TimeEntryCreate.class);
            LogTime command = new LogTime(
                    bodies.agent(in, "agentId"),
                    in.instant("startedAt"),
                    minutes(in, true),
                    in.bool("billable"),
                    in.string("workType"),
                    in.string("note"));
            in.done();
            TimeEntryView view = time.log(ticketId, command, caller.apiActor());
            return new IdempotentCreate.Created(
                    uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build(),
                    view,
                    Long.toString(view.version()));
        });
    }

    @PATCH
    @Path("{entry}")
    @Consumes({MediaType.APPLICATION_JSON, TicketResource.MERGE_PATCH})
    @Operation(
            operationId = "updateTimeEntry",
            summary = "Change a time entry",
            description = "Merge patch of minutes, billable, note, startedAt, agentId, workType. If-Match optional.")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The changed entry",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.TimeEntryView.class)))
    @RequestBody(
            required = true,
            content = @Content(schema = @Schema(implementation = WorkShapes.TimeEntryPatch.class)))
    public Response revise(
            @PathParam("ref") String ref,
            @PathParam("entry") long entry,
            @HeaderParam("If-Match") String ifMatch,
            String body) {
        long ticketId = TicketRefs.id(ref);
        JsonInput in = JsonInput.parse(body, WorkShapes.TimeEntryPatch.class);
        ReviseTime command = new ReviseTime(
                in.patch("agentId", f -> bodies.agent(in, f)),
                in.patch("startedAt", in::instant),
                in.patch("minutes", f -> minutes(in, false)),
                in.patch("billable", in::bool),
                in.patch("workType", in::string),
                in.patch("note", in::string));
        in.done();
        TimeEntryView view =
                time.revise(ticketId, entry, Preconditions.expectedVersion(ifMatch, false), command, caller.apiActor());
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @DELETE
    @Path("{entry}")
    @Operation(operationId = "deleteTimeEntry", summary = "Remove a time entry")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("ref") String ref, @PathParam("entry") long entry) {
        time.remove(TicketRefs.id(ref), entry, caller.apiActor());
        return Response.noContent().build();
    }

    private static Integer minutes(JsonInput in, boolean required) {
        Long n = in.number("minutes");
        if (n == null) {
            if (required) {
                in.error("minutes", "is required");
            }
            return null;
        }
        if (n < 1 || n > Integer.MAX_VALUE) {
            in.error("minutes", "must be a positive whole number");
            return null;
        }
        return n.intValue();
    }
}
