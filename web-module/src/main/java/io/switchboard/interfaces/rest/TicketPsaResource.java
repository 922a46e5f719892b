package io.switchboard.interfaces.rest;

import io.switchboard.application.psa.LinkView;
import io.switchboard.application.psa.PsaEscalation;
import io.switchboard.application.psa.PsaFailure;
import io.switchboard.application.psa.PsaResources;
import io.switchboard.interfaces.rest.body.TicketShapes;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.json.JsonInput;
import io.switchboard.plugin.psa.CatalogEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A ticket and its PSA ticket: opened there from the desk, and the members working it there. */
@Path("/tickets/{ref}/psa")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "PSA")
public class TicketPsaResource {

    @Inject
    PsaEscalation escalation;

    @Inject
    CallerContext caller;

    @Inject
    PsaResources resources;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "sendTicketToPsa",
            summary = "Open this ticket in the PSA",
            description =
                    "Body {\"connection\": 12, \"board\": \"1\", \"company\": \"250\"}. Creates the remote ticket on"
                            + " a board the connection syncs, with the status, priority and owner that map, then its comments"
                            + " and time; the ticket is linked to it and syncs from then on. company (a remote id) defaults to"
                            + " the ticket's company, mapped or of the same name. 409 when the ticket is linked already; 422"
                            + " naming the field for a board the connection does not sync or a company with no counterpart;"
                            + " 502 or 503 when the PSA refuses or asks to wait. Sending again after a lost answer links the"
                            + " remote ticket made the first time.")
    @APIResponse(
            responseCode = "201",
            description = "Opened in the PSA and linked",
            content = @Content(schema = @Schema(implementation = LinkView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TicketShapes.SendToPsa.class)))
    public Response send(@PathParam("ref") String ref, String body) throws PsaFailure {
        long ticketId = TicketRefs.id(ref);
        JsonInput in = JsonInput.parse(body, TicketShapes.SendToPsa.class);
        Long connection = in.id("connection");
        String board = in.requiredString("board");
        String company = in.string("company");
        if (connection == null) {
            in.error("connection", "is required: the id of a PSA connection");
        }
        in.done();
        LinkView link = escalation.send(ticketId, connection, board, company, caller.apiActor());
        return Response.status(Response.Status.CREATED).entity(link).build();
    }

    @GET
    @Operation(
            operationId = "getTicketPsaLink",
            summary = "This ticket's PSA ticket",
            description = "The connection, the remote ticket and board, when it was last pulled, the link into the PSA"
                    + " and the members working it there (resources, each with its assignment id). 404 when the ticket"
                    + " has no PSA ticket.")
    public LinkView get(@PathParam("ref") String ref) {
        return resources.of(TicketRefs.id(ref));
    }

    @GET
    @Path("members")
    @Operation(
            operationId = "findTicketPsaMembers",
            summary = "PSA members to put on this ticket",
            description = "Members of the ticket's PSA whose name or id contains q; at most 20.")
    public List<CatalogEntry> members(@PathParam("ref") String ref, @QueryParam("q") String q) throws PsaFailure {
        return resources.members(TicketRefs.id(ref), q);
    }

    @POST
    @Path("resources")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addTicketPsaResource",
            summary = "Put a PSA member on this ticket",
            description = "Body {\"memberId\": \"42\"}. Made in the PSA at once (a ConnectWise schedule entry, an"
                    + " Autotask secondary resource with the member's default role); answers with the link as the PSA"
                    + " has it then.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TicketShapes.PsaResource.class)))
    public LinkView addResource(@PathParam("ref") String ref, String body) throws PsaFailure {
        long ticketId = TicketRefs.id(ref);
        JsonInput in = JsonInput.parse(body, TicketShapes.PsaResource.class);
        String member = in.requiredString("memberId");
        in.done();
        return resources.add(ticketId, member);
    }

    @DELETE
    @Path("resources/{assignment}")
    @Operation(
            operationId = "removeTicketPsaResource",
            summary = "Take a PSA member off this ticket",
            description = "By the assignment id the link lists; made in the PSA at once. 404 for an assignment the"
                    + " ticket does not have.")
    public LinkView removeResource(@PathParam("ref") String ref, @PathParam("assignment") String assignment)
            throws PsaFailure {
        return resources.remove(TicketRefs.id(ref), assignment);
    }
}
