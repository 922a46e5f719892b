package io.switchboard.interfaces.rest;

import io.switchboard.application.DirectoryService;
import io.switchboard.application.view.DirectoryViews.CompanyView;
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

@Path("/companies")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class CompanyResource {

    @Inject
    DirectoryService directory;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listCompanies", summary = "All companies, by name")
    public Page<CompanyView> list(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue(Paging.DEFAULT_SIZE) int pageSize) {
        return new Paging(page, pageSize).of(directory.companies());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCompany", summary = "One company")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The company",
            content = @Content(schema = @Schema(implementation = CompanyView.class)))
    public Response get(@PathParam("id") long id, @Context Request request) {
        CompanyView view = directory.company(id);
        return Preconditions.current(request, view, view.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @ETagged
    @Operation(
            operationId = "createCompany",
            summary = "Add a company",
            description = "Body {\"name\": \"Acme Corp\", \"emailDomain\": \"acme.com\"}.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation =
                                                    io.switchboard.application.view.DirectoryViews.CompanyView.class)))
    @RequestBody(
            required = true,
            content = @Content(schema = @Schema(implementation = DirectoryShapes.CompanyCreate.class)))
    public Response create(String body) {
        JsonInput in = JsonInput.parse(body, DirectoryShapes.CompanyCreate.class);
        String name = in.requiredString("name");
        String domain = in.string("emailDomain");
        in.done();
        CompanyView view = directory.createCompany(name, domain);
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
    @Operation(
            operationId = "updateCompany",
            summary = "Change a company",
            description = "name, emailDomain, active (false hides it from new tickets).")
    @RequestBody(
            required = true,
            content = @Content(schema = @Schema(implementation = DirectoryShapes.CompanyPatch.class)))
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The changed company",
            content = @Content(schema = @Schema(implementation = CompanyView.class)))
    public Response update(
            @PathParam("id") long id,
            @HeaderParam("If-Match")
                    @Parameter(description = "The ETag you last read; a stale one is 412", example = "\"3\"")
                    String ifMatch,
            String body) {
        JsonInput in = JsonInput.parse(body, DirectoryShapes.CompanyPatch.class);
        var name = DirectoryBodies.string(in, "name");
        var domain = DirectoryBodies.string(in, "emailDomain");
        var active = DirectoryBodies.bool(in, "active");
        in.done();
        CompanyView view = directory.updateCompany(
                id,
                Preconditions.expectedVersion(
                        ifMatch, false, () -> directory.company(id).version()),
                name,
                domain,
                active);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }
}
