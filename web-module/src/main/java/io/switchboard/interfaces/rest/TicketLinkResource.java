package io.switchboard.interfaces.rest;

import io.switchboard.application.LinkService;
import io.switchboard.application.command.LinkRole;
import io.switchboard.application.view.LinkView;
import io.switchboard.application.view.Page;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.interfaces.rest.body.WorkShapes;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.http.Paging;
import io.switchboard.interfaces.rest.json.JsonInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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

@Path("/tickets/{ref}/links")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Links")
public class TicketLinkResource {

    @Inject
    LinkService links;

    @Inject
    CallerContext caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            operationId = "listLinks",
            summary = "Related tickets",
            description = "role is what the other ticket is to this one: related, parent, child, original, duplicate.")
    public Page<LinkView> list(
            @PathParam("ref") String ref,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue(Paging.DEFAULT_SIZE) int pageSize) {
        return new Paging(page, pageSize).of(links.list(TicketRefs.id(ref)));
    }

    @GET
    @Path("{link}")
    @Operation(operationId = "getLink", summary = "One link of the ticket")
    @APIResponse(
            responseCode = "200",
            description = "The link",
            content = @Content(schema = @Schema(implementation = LinkView.class)))
    public LinkView get(@PathParam("ref") String ref, @PathParam("link") long link) {
        return links.list(TicketRefs.id(ref)).stream()
                .filter(l -> l.id() == link)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Link", link));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createLink",
            summary = "Link to another ticket",
            description =
                    "Body {\"ticket\": \"TKT-000042\" | 42, \"role\": \"related\"|\"parent\"|\"child\"|\"original\"|\"duplicate\"}:"
                            + " the role of the other ticket. A ticket has at most one parent, and no ticket becomes its own ancestor.")
    @APIResponse(
            responseCode = "201",
            description = "Linked",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.LinkView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WorkShapes.Link.class)))
    public Response link(@PathParam("ref") String ref, String body) {
        long ticketId = TicketRefs.id(ref);
        JsonInput in = JsonInput.parse(body, WorkShapes.Link.class);
        Long other = otherTicket(in);
        LinkRole role = in.keyed("role", LinkRole.class);
        if (!in.has("role")) {
            in.error("role", "is required");
        }
        in.done();
        LinkView view = links.link(ticketId, other, role, caller.apiActor());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(view.id()))
                        .build())
                .entity(view)
                .build();
    }

    @DELETE
    @Path("{link}")
    @Operation(operationId = "deleteLink", summary = "Remove a link")
    @APIResponse(responseCode = "204", description = "Unlinked")
    public Response unlink(@PathParam("ref") String ref, @PathParam("link") long link) {
        links.unlink(TicketRefs.id(ref), link, caller.apiActor());
        return Response.noContent().build();
    }

    private static Long otherTicket(JsonInput in) {
        JsonValue value = in.raw("ticket");
        if (value instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0) {
            return n.longValue();
        }
        if (value instanceof JsonString s) {
            try {
                return TicketNumber.parse(s.getString()).id();
            } catch (InvalidInputException e) {
                // reported below
            }
        }
        in.error("ticket", value == null ? "is required" : "must be a ticket id or number like TKT-000042");
        return null;
    }
}
