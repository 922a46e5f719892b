package io.switchboard.interfaces.rest;

import io.switchboard.application.CommentService;
import io.switchboard.application.command.AddComment;
import io.switchboard.application.view.CommentView;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.http.IdempotentCreate;
import io.switchboard.interfaces.rest.json.JsonInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

@Path("/tickets/{ref}/comments")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
public class TicketCommentResource {

    @Inject
    CommentService comments;

    @Inject
    CallerContext caller;

    @Inject
    IdempotentCreate idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The conversation, oldest first", description = "internal=false leaves out internal notes.")
    public List<CommentView> list(@PathParam("ref") String ref, @QueryParam("internal") @DefaultValue("true") boolean internal) {
        return comments.list(TicketRefs.id(ref), internal);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reply or add a note", description = "Body {\"body\": \"...\", \"format\": \"text\"|\"html\", \"internal\": false,"
            + " \"solution\": false}. HTML is sanitised; the first public staff reply stops the first-response clock.")
    public Response add(@PathParam("ref") String ref, String body, @HeaderParam(IdempotentCreate.HEADER) String key) {
        long ticketId = TicketRefs.id(ref);
        return idempotent.create(caller.login(), key, "POST", "/tickets/" + ticketId + "/comments", body, () -> {
            JsonInput in = JsonInput.parse(body, Set.of("body", "format", "internal", "solution"));
            String text = in.requiredString("body");
            String format = in.string("format");
            if (format != null && !format.equals("text") && !format.equals("html")) {
                in.error("format", "must be one of: text, html");
            }
            AddComment command = new AddComment(text, "html".equals(format), in.bool("internal", false), in.bool("solution", false));
            in.done();
            CommentView view = comments.addByStaff(ticketId, command, caller.apiActor());
            return new IdempotentCreate.Created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build(), view, null);
        });
    }
}
