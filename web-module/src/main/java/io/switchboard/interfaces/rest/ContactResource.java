package io.switchboard.interfaces.rest;

import io.switchboard.application.DirectoryService;
import io.switchboard.application.command.TicketFilter;
import io.switchboard.application.view.DirectoryViews.ContactView;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.interfaces.rest.json.JsonInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "Contacts", description = "Optional company id and q (name or email); paged.")
    public List<ContactView> list(@QueryParam("company") Long company, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("pageSize") @DefaultValue("25") int pageSize) {
        if (page < 1 || pageSize < 1 || pageSize > TicketFilter.MAX_PAGE_SIZE) {
            throw new InvalidInputException("pageSize", "page must be 1 or more and pageSize 1 to " + TicketFilter.MAX_PAGE_SIZE);
        }
        return directory.contacts(company, q, page, pageSize);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One contact")
    public ContactView get(@PathParam("id") long id) {
        return directory.contact(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a contact", description = "Body {\"name\": \"...\", \"email\": \"...\", \"companyId\": 1, \"phone\": \"...\"}; the email is unique.")
    public Response create(String body) {
        JsonInput in = JsonInput.parse(body, Set.of("name", "email", "companyId", "phone"));
        String name = in.requiredString("name");
        String email = in.requiredString("email");
        Long company = in.id("companyId");
        String phone = in.string("phone");
        in.done();
        ContactView view = directory.createContact(name, email, company, phone);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build()).entity(view).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, TicketResource.MERGE_PATCH})
    @Operation(summary = "Change a contact", description = "name, companyId, phone, active.")
    public ContactView update(@PathParam("id") long id, String body) {
        JsonInput in = JsonInput.parse(body, Set.of("name", "companyId", "phone", "active"));
        var name = DirectoryBodies.string(in, "name");
        var company = DirectoryBodies.id(in, "companyId");
        var phone = DirectoryBodies.string(in, "phone");
        var active = DirectoryBodies.bool(in, "active");
        in.done();
        return directory.updateContact(id, name, company, phone, active);
    }
}
