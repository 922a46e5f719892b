package io.switchboard.interfaces.rest;

import io.switchboard.application.DirectoryService;
import io.switchboard.application.view.DirectoryViews.AgentView;
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

@Path("/agents")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class AgentResource {

    @Inject
    DirectoryService directory;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listAgents", summary = "Staff who work tickets")
    public Page<AgentView> list(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue(Paging.DEFAULT_SIZE) int pageSize) {
        return new Paging(page, pageSize).of(directory.agents());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAgent", summary = "One agent")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The agent",
            content = @Content(schema = @Schema(implementation = AgentView.class)))
    public Response get(@PathParam("id") long id, @Context Request request) {
        AgentView view = directory.agent(id);
        return Preconditions.current(request, view, view.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @ETagged
    @Operation(
            operationId = "createAgent",
            summary = "Add an agent",
            description = "Body {\"username\": \"jdoe\", \"name\": \"Jane Doe\", \"email\": \"...\"}."
                    + " The username is the login of the server's user registry.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation =
                                                    io.switchboard.application.view.DirectoryViews.AgentView.class)))
    @RequestBody(
            required = true,
            content = @Content(schema = @Schema(implementation = DirectoryShapes.AgentCreate.class)))
    public Response create(String body) {
        JsonInput in = JsonInput.parse(body, DirectoryShapes.AgentCreate.class);
        String username = in.requiredString("username");
        String name = in.requiredString("name");
        String email = in.string("email");
        in.done();
        AgentView view = directory.createAgent(username, name, email);
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
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "updateAgent",
            summary = "Change an agent",
            description = "name, email, active. An inactive agent cannot be assigned, and its login"
                    + " (password, portal session and API tokens) is refused from the next request on.")
    @RequestBody(
            required = true,
            content = @Content(schema = @Schema(implementation = DirectoryShapes.AgentPatch.class)))
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The changed agent",
            content = @Content(schema = @Schema(implementation = AgentView.class)))
    public Response update(
            @PathParam("id") long id,
            @HeaderParam("If-Match")
                    @Parameter(description = "The ETag you last read; a stale one is 412", example = "\"3\"")
                    String ifMatch,
            String body) {
        JsonInput in = JsonInput.parse(body, DirectoryShapes.AgentPatch.class);
        var name = DirectoryBodies.string(in, "name");
        var email = DirectoryBodies.string(in, "email");
        var active = DirectoryBodies.bool(in, "active");
        in.done();
        AgentView view = directory.updateAgent(
                id,
                Preconditions.expectedVersion(
                        ifMatch, false, () -> directory.agent(id).version()),
                name,
                email,
                active);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }
}
