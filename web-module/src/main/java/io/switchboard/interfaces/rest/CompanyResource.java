package io.switchboard.interfaces.rest;

import io.switchboard.application.DirectoryService;
import io.switchboard.application.view.DirectoryViews.CompanyView;
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

@Path("/companies")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class CompanyResource {

    private static final Set<String> FIELDS = Set.of("name", "emailDomain", "active");

    @Inject
    DirectoryService directory;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "All companies, by name")
    public List<CompanyView> list() {
        return directory.companies();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One company")
    public CompanyView get(@PathParam("id") long id) {
        return directory.company(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Add a company", description = "Body {\"name\": \"Acme Corp\", \"emailDomain\": \"acme.com\"}.")
    public Response create(String body) {
        JsonInput in = JsonInput.parse(body, Set.of("name", "emailDomain"));
        String name = in.requiredString("name");
        String domain = in.string("emailDomain");
        in.done();
        CompanyView view = directory.createCompany(name, domain);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build()).entity(view).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, TicketResource.MERGE_PATCH})
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Change a company", description = "name, emailDomain, active (false hides it from new tickets).")
    public CompanyView update(@PathParam("id") long id, String body) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        var name = DirectoryBodies.string(in, "name");
        var domain = DirectoryBodies.string(in, "emailDomain");
        var active = DirectoryBodies.bool(in, "active");
        in.done();
        return directory.updateCompany(id, name, domain, active);
    }
}
