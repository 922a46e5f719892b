package io.switchboard.interfaces.rest.mail;

import io.switchboard.application.mail.InboundMailView;
import io.switchboard.application.mail.Quarantine;
import io.switchboard.application.view.Page;
import io.switchboard.interfaces.rest.Roles;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.http.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/mail/quarantine")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Email")
public class QuarantineResource {

    @Inject
    Quarantine quarantine;

    @Inject
    CallerContext caller;

    @GET
    @Operation(
            operationId = "listQuarantinedMail",
            summary = "Messages email intake could not process",
            description = "Newest first; optionally of one mailbox (its plugin instance id). Bodies are not listed.")
    public Page<InboundMailView> list(
            @QueryParam("mailbox") Long mailbox,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue("25") int pageSize) {
        Paging.check(page, pageSize);
        return quarantine.list(mailbox, page, pageSize);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getQuarantinedMail", summary = "One quarantined message: sender, subject, size, reason")
    public InboundMailView get(@PathParam("id") long id) {
        return quarantine.get(id);
    }

    @GET
    @Path("{id}/raw")
    @Produces("message/rfc822")
    @Operation(
            operationId = "downloadQuarantinedMail",
            summary = "The raw message as the mail server delivered it, as a download (.eml)")
    @APIResponse(
            responseCode = "200",
            description = "The message as received",
            content =
                    @Content(
                            mediaType = "message/rfc822",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response raw(@PathParam("id") long id) {
        return Response.ok(quarantine.raw(id), "message/rfc822")
                .header("Content-Disposition", "attachment; filename=\"message-" + id + ".eml\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("{id}/reprocess")
    @Operation(
            operationId = "reprocessQuarantinedMail",
            summary = "Run the message through intake again",
            description = "After fixing what was wrong (a contact, a limit). The answer says what it became; it"
                    + " may be quarantined again, with the new reason.")
    public InboundMailView reprocess(@PathParam("id") long id) {
        return quarantine.reprocess(id);
    }

    @POST
    @Path("{id}/discard")
    @Operation(
            operationId = "discardQuarantinedMail",
            summary = "Throw the message away",
            description = "It leaves the quarantine; its key stays, so the same message is never taken in again.")
    public InboundMailView discard(@PathParam("id") long id) {
        return quarantine.discard(id, caller.login());
    }
}
