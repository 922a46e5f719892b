package io.switchboard.interfaces.rest;

import io.switchboard.application.DirectoryService;
import io.switchboard.application.view.DirectoryViews.EntryView;
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

@Path("/categories")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class CategoryResource {

    @Inject
    DirectoryService directory;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "All categories, by name")
    public List<EntryView> list() {
        return directory.categories();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Add a category", description = "Body {\"name\": \"...\"}.")
    public Response create(String body) {
        JsonInput in = JsonInput.parse(body, Set.of("name"));
        String name = in.requiredString("name");
        in.done();
        EntryView view = directory.createCategory(name);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build()).entity(view).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, TicketResource.MERGE_PATCH})
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Rename or deactivate a category")
    public EntryView update(@PathParam("id") long id, String body) {
        JsonInput in = JsonInput.parse(body, Set.of("name", "active"));
        var name = DirectoryBodies.string(in, "name");
        var active = DirectoryBodies.bool(in, "active");
        in.done();
        return directory.updateCategory(id, name, active);
    }
}
