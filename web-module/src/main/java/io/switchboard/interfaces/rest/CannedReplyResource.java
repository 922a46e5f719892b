package io.switchboard.interfaces.rest;

import io.switchboard.application.CannedReplies;
import io.switchboard.application.command.SaveCannedReply;
import io.switchboard.application.view.CannedReplyView;
import io.switchboard.application.view.Page;
import io.switchboard.interfaces.rest.body.DeskShapes;
import io.switchboard.interfaces.rest.http.CallerContext;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** Canned replies: the caller's own and the shared ones (written by supervisors), and their text for a ticket. */
@Path("/canned-replies")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Canned replies")
public class CannedReplyResource {

    @Inject
    CannedReplies replies;

    @Inject
    CallerContext caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listCannedReplies", summary = "The shared canned replies and the caller's own, by title")
    public Page<CannedReplyView> list(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue(Paging.DEFAULT_SIZE) int pageSize) {
        return new Paging(page, pageSize).of(replies.visibleTo(caller.login()));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCannedReply", summary = "One canned reply")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The canned reply",
            content =
                    @Content(schema = @Schema(implementation = io.switchboard.application.view.CannedReplyView.class)))
    public Response get(@PathParam("id") long id) {
        CannedReplyView view = replies.get(id, caller.login());
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createCannedReply",
            summary = "Write a canned reply",
            description =
                    "Body {\"title\", \"body\", \"shortcut\", \"shared\": false}. The body may use {{requester.name}},"
                            + " {{requester.first_name}}, {{requester.email}}, {{company.name}}, {{ticket.number}}, {{ticket.summary}},"
                            + " {{agent.name}}, {{agent.first_name}}. Shared replies need the supervisor role.")
    @ETagged
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(schema = @Schema(implementation = io.switchboard.application.view.CannedReplyView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DeskShapes.CannedReply.class)))
    public Response create(String body) {
        CannedReplyView view = replies.create(command(body), caller.apiActor(), supervisor());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(view.id()))
                        .build())
                .entity(view)
                .tag(Preconditions.etag(view.version()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateCannedReply",
            summary = "Rewrite a canned reply",
            description = "The whole reply; If-Match optional, a stale one is 412.")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The changed canned reply",
            content =
                    @Content(schema = @Schema(implementation = io.switchboard.application.view.CannedReplyView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DeskShapes.CannedReply.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, String body) {
        CannedReplyView view = replies.update(
                id, Preconditions.expectedVersion(ifMatch, false), command(body), caller.apiActor(), supervisor());
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteCannedReply", summary = "Delete a canned reply")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        replies.delete(id, caller.apiActor(), supervisor());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/render")
    @Operation(
            operationId = "renderCannedReply",
            summary = "The reply's text for a ticket, placeholders filled in",
            description = "?ticket=TKT-000123")
    @APIResponse(
            responseCode = "200",
            description = "The text with its placeholders filled in",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation =
                                                    io.switchboard.interfaces.rest.CannedReplyResource.Rendered.class)))
    public Response render(@PathParam("id") long id, @QueryParam("ticket") String ticket) {
        if (ticket == null || ticket.isBlank()) {
            throw new io.switchboard.domain.shared.InvalidInputException("ticket", "is required: ?ticket=TKT-000123");
        }
        String text = replies.render(id, TicketRefs.id(ticket), caller.login());
        return Response.ok(new Rendered(text)).build();
    }

    /** A canned reply's text for one ticket. */
    public record Rendered(String text) {}

    private static SaveCannedReply command(String body) {
        JsonInput in = JsonInput.parse(body, DeskShapes.CannedReply.class);
        SaveCannedReply command = new SaveCannedReply(
                in.requiredString("title"), in.string("shortcut"), in.requiredString("body"), in.bool("shared", false));
        in.done();
        return command;
    }

    private boolean supervisor() {
        return caller.roles().contains(Roles.SUPERVISOR);
    }
}
