package io.switchboard.interfaces.rest;

import io.switchboard.application.parse.TicketDraft;
import io.switchboard.application.parse.TicketDrafts;
import io.switchboard.interfaces.rest.body.TicketShapes;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.json.JsonInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/tickets/parse")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class TicketParseResource {

    @Inject
    TicketDrafts drafts;

    @Inject
    CallerContext caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "parseTicket",
            summary = "Turn a sentence into a ticket draft",
            description = "Body {\"text\": \"Outlook not syncing for Acme Corp, high"
                    + " priority, assign to me\", \"tz\": \"Europe/Berlin\"} (tz optional, for words like 'tomorrow'). Creates nothing. The answer"
                    + " proposes summary, description, priority, type, company, contact, assignee, board, category and dueAt, matched against the"
                    + " real catalogues; missingFields names what it could not fill, warnings where it guessed.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TicketShapes.Parse.class)))
    public TicketDraft parse(String body) {
        JsonInput in = JsonInput.parse(body, TicketShapes.Parse.class);
        String text = in.requiredString("text");
        String tz = in.string("tz");
        in.done();
        return drafts.parse(text, caller.login(), TicketResource.zone(tz));
    }
}
