package io.switchboard.interfaces.rest.mail;

import io.switchboard.application.mail.BoardMailSettings;
import io.switchboard.interfaces.rest.Roles;
import io.switchboard.interfaces.rest.body.DirectoryShapes;
import io.switchboard.interfaces.rest.json.JsonInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/boards/{id}/mail")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Email")
public class BoardMailResource {

    @Inject
    BoardMailSettings settings;

    @GET
    @Operation(
            operationId = "getBoardMailRule",
            summary = "What an emailed answer to the board's finished tickets does",
            description = "afterClose: reopen-resolved (the default: a resolved ticket reopens, a closed one gets a"
                    + " linked follow-up), reopen (resolved and closed tickets reopen) or follow-up (always a"
                    + " linked follow-up).")
    public BoardMailSettings.View get(@PathParam("id") long id) {
        return settings.of(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(
            operationId = "setBoardMailRule",
            summary = "Set the board's rule",
            description = "Body {\"afterClose\": \"reopen\"}.")
    @RequestBody(
            required = true,
            content = @Content(schema = @Schema(implementation = DirectoryShapes.BoardMailRule.class)))
    public BoardMailSettings.View set(@PathParam("id") long id, String body) {
        JsonInput in = JsonInput.parse(body, DirectoryShapes.BoardMailRule.class);
        String afterClose = in.requiredString("afterClose");
        in.done();
        return settings.set(id, afterClose);
    }
}
