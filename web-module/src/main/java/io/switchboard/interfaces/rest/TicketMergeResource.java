package io.switchboard.interfaces.rest;

import io.switchboard.application.TicketMerge;
import io.switchboard.application.view.TicketView;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.interfaces.rest.body.TicketShapes;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.http.Preconditions;
import io.switchboard.interfaces.rest.json.JsonInput;
import io.switchboard.interfaces.rest.openapi.ETagged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
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

@Path("/tickets/{ref}/merge")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class TicketMergeResource {

    @Inject
    TicketMerge merge;

    @Inject
    CallerContext caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "mergeTicket",
            summary = "Merge this ticket into another",
            description = "Body {\"into\": \"TKT-000123\"}. Comments, attachments, watchers, tasks, time entries and"
                    + " links move to the survivor; this ticket is closed as its duplicate and points at it (mergedInto)."
                    + " Both histories record it. If-Match (this ticket's ETag) is optional; a stale one is 412."
                    + " Answers with the survivor.")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The surviving ticket",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.TicketView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TicketShapes.Merge.class)))
    public Response merge(@PathParam("ref") String ref, @HeaderParam("If-Match") String ifMatch, String body) {
        long mergedId = TicketRefs.id(ref);
        JsonInput in = JsonInput.parse(body, TicketShapes.Merge.class);
        String into = in.requiredString("into");
        in.done();
        long survivorId;
        try {
            survivorId = TicketNumber.parse(into).id();
        } catch (InvalidInputException e) {
            throw new InvalidInputException("into", "is not a ticket number like TKT-000123: " + into);
        }
        TicketView survivor =
                merge.merge(mergedId, survivorId, Preconditions.expectedVersion(ifMatch, false), caller.apiActor());
        return Response.ok(survivor).tag(Preconditions.etag(survivor.version())).build();
    }
}
