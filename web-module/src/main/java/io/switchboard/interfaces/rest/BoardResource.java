package io.switchboard.interfaces.rest;

import io.switchboard.application.DirectoryService;
import io.switchboard.application.view.DirectoryViews.EntryView;
import io.switchboard.application.view.Page;
import io.switchboard.interfaces.rest.body.DirectoryShapes;
import io.switchboard.interfaces.rest.http.Paging;
import io.switchboard.interfaces.rest.http.Preconditions;
import io.switchboard.interfaces.rest.json.JsonInput;
import io.switchboard.interfaces.rest.openapi.ETagged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/boards")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class BoardResource {

    @Inject
    DirectoryService directory;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listBoards", summary = "All boards, by name")
    public Page<EntryView> list(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue(Paging.DEFAULT_SIZE) int pageSize) {
        return new Paging(page, pageSize).of(directory.boards());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getBoard", summary = "One board")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The board",
            content = @Content(schema = @Schema(implementation = EntryView.class, name = "Board")))
    public Response get(@PathParam("id") long id, @Context Request request) {
        EntryView view = directory.board(id);
        return Preconditions.current(request, view, view.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @ETagged
    @Operation(operationId = "createBoard", summary = "Add a board", description = "Body {\"name\": \"...\"}.")
    @RequestBody(
            required = true,
            content = @Content(schema = @Schema(implementation = DirectoryShapes.EntryCreate.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = EntryView.class, name = "Board")))
    public Response create(String body) {
        JsonInput in = JsonInput.parse(body, DirectoryShapes.EntryCreate.class);
        String name = in.requiredString("name");
        in.done();
        EntryView view = directory.createBoard(name);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(view.id()))
                        .build())
                .entity(view)
                .tag(Preconditions.etag(view.version()))
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, TicketResource.MERGE_PATCH})
    @RolesAllowed(Roles.SUPERVISOR)
    @ETagged
    @Operation(operationId = "updateBoard", summary = "Rename or deactivate a board")
    @RequestBody(
            required = true,
            content = @Content(schema = @Schema(implementation = DirectoryShapes.EntryPatch.class)))
    @APIResponse(
            responseCode = "200",
            description = "The changed board",
            content = @Content(schema = @Schema(implementation = EntryView.class, name = "Board")))
    public Response update(
            @PathParam("id") long id,
            @HeaderParam("If-Match")
                    @Parameter(description = "The ETag you last read; a stale one is 412", example = "\"3\"")
                    String ifMatch,
            String body) {
        JsonInput in = JsonInput.parse(body, DirectoryShapes.EntryPatch.class);
        var name = DirectoryBodies.string(in, "name");
        var active = DirectoryBodies.bool(in, "active");
        in.done();
        EntryView view = directory.updateBoard(
                id,
                Preconditions.expectedVersion(
                        ifMatch, false, () -> directory.board(id).version()),
                name,
                active);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }
}
