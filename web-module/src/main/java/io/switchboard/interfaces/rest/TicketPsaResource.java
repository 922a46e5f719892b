package io.switchboard.interfaces.rest;

import io.switchboard.application.psa.LinkView;
import io.switchboard.application.psa.PsaEscalation;
import io.switchboard.application.psa.PsaFailure;
import io.switchboard.interfaces.rest.body.TicketShapes;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.json.JsonInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A local ticket opened in the PSA, which then syncs both ways like one pulled from there. */
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
}
