package io.switchboard.interfaces.rest;

import io.switchboard.application.DirectoryService;
import io.switchboard.application.view.DirectoryViews.AgentView;
import io.switchboard.interfaces.rest.json.JsonInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "Staff who work tickets")
    public List<AgentView> list() {
        return directory.agents();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One agent")
    public AgentView get(@PathParam("id") long id) {
        return directory.agent(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add an agent", description = "Body {\"username\": \"jdoe\", \"name\": \"Jane Doe\", \"email\": \"...\"}."
            + " The username is the login of the server's user registry.")
    public Response create(String body) {
        JsonInput in = JsonInput.parse(body, Set.of("username", "name", "email"));
        String username = in.requiredString("username");
        String name = in.requiredString("name");
        String email = in.string("email");
        in.done();
        AgentView view = directory.createAgent(username, name, email);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build()).entity(view).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, TicketResource.MERGE_PATCH})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change an agent", description = "name, email, active (an inactive agent cannot be assigned).")
    public AgentView update(@PathParam("id") long id, String body) {
        JsonInput in = JsonInput.parse(body, Set.of("name", "email", "active"));
        var name = DirectoryBodies.string(in, "name");
        var email = DirectoryBodies.string(in, "email");
        var active = DirectoryBodies.bool(in, "active");
        in.done();
        return directory.updateAgent(id, name, email, active);
    }
}
