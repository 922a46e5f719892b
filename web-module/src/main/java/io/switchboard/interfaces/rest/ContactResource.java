package io.switchboard.interfaces.rest;

import io.switchboard.application.DirectoryService;
import io.switchboard.application.view.DirectoryViews.ContactView;
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

@Path("/contacts")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class ContactResource {

    @Inject
    DirectoryService directory;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            operationId = "listContacts",
            summary = "Contacts",
            description = "Optional company id and q (name or email); paged.")
    public Page<ContactView> list(
            @QueryParam("company") Long company,
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue(Paging.DEFAULT_SIZE) int pageSize) {
        Paging.check(page, pageSize);
        return new Page<>(
                directory.contacts(company, q, page, pageSize), directory.contactCount(company, q), page, pageSize);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getContact", summary = "One contact")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The contact",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    public Response get(@PathParam("id") long id, @Context Request request) {
        ContactView view = directory.contact(id);
        return Preconditions.current(request, view, view.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ETagged
    @Operation(
            operationId = "createContact",
            summary = "Add a contact",
            description =
                    "Body {\"name\": \"...\", \"email\": \"...\", \"companyId\": 1, \"phone\": \"...\"}; the email is unique.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation =
                                                    io.switchboard.application.view.DirectoryViews.ContactView.class)))
    @RequestBody(
            required = true,
            content = @Content(schema = @Schema(implementation = DirectoryShapes.ContactCreate.class)))
    public Response create(String body) {
        JsonInput in = JsonInput.parse(body, DirectoryShapes.ContactCreate.class);
        String name = in.requiredString("name");
        String email = in.requiredString("email");
        Long company = in.id("companyId");
        String phone = in.string("phone");
        in.done();
        ContactView view = directory.createContact(name, email, company, phone);
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
    @Operation(
            operationId = "updateContact",
            summary = "Change a contact",
            description = "name, companyId, phone, active.")
    @RequestBody(
            required = true,
            content = @Content(schema = @Schema(implementation = DirectoryShapes.ContactPatch.class)))
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The changed contact",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    public Response update(
            @PathParam("id") long id,
            @HeaderParam("If-Match")
                    @Parameter(description = "The ETag you last read; a stale one is 412", example = "\"3\"")
                    String ifMatch,
            String body) {
        JsonInput in = JsonInput.parse(body, DirectoryShapes.ContactPatch.class);
        var name = DirectoryBodies.string(in, "name");
        var company = DirectoryBodies.id(in, "companyId");
        var phone = DirectoryBodies.string(in, "phone");
        var active = DirectoryBodies.bool(in, "active");
        in.done();
        ContactView view = directory.updateContact(
                id,
                Preconditions.expectedVersion(
                        ifMatch, false, () -> directory.contact(id).version()),
                name,
                company,
                phone,
                active);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }
}
