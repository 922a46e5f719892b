package io.switchboard.interfaces.rest;

import io.switchboard.application.CommentService;
import io.switchboard.application.command.AddReply;
import io.switchboard.application.view.CommentView;
import io.switchboard.application.view.Page;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.interfaces.rest.body.WorkShapes;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.http.IdempotentCreate;
import io.switchboard.interfaces.rest.http.Paging;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @Operation(
            operationId = "listComments",
            summary = "The conversation, oldest first",
            description = "internal=false leaves out internal notes.")
    public Page<CommentView> list(
            @PathParam("ref") String ref,
            @QueryParam("internal") @DefaultValue("true") boolean internal,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue(Paging.DEFAULT_SIZE) int pageSize) {
        return new Paging(page, pageSize).of(comments.list(TicketRefs.id(ref), internal));
    }

    @GET
    @Path("{comment}")
    @Operation(operationId = "getComment", summary = "One reply or internal note")
    @APIResponse(
            responseCode = "200",
            description = "The comment",
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    public CommentView get(@PathParam("ref") String ref, @PathParam("comment") long comment) {
        return comments.list(TicketRefs.id(ref), true).stream()
                .filter(c -> c.id() == comment)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Comment", comment));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createComment",
            summary = "Reply or add a note",
            description =
                    "Body {\"body\": \"...\", \"format\": \"text\"|\"markdown\"|\"html\", \"internal\": false,"
                            + " \"solution\": false, \"to\": [\"a@example.com\"], \"cc\": [\"b@example.com\"], \"attachments\": [12]}. HTML (also what Markdown"
                            + " makes) is sanitised; to/cc address a public reply; attachments are files uploaded to the"
                            + " ticket (uploadAttachment) and not yet sent with another comment, which go out with this one"
                            + " (a public reply's files are attached to its email); the first public staff reply stops the first-response clock.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.CommentView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WorkShapes.Comment.class)))
    public Response add(@PathParam("ref") String ref, String body, @HeaderParam(IdempotentCreate.HEADER) String key) {
        long ticketId = TicketRefs.id(ref);
        return idempotent.create(caller.login(), key, "POST", "/tickets/" + ticketId + "/comments", body, () -> {
            JsonInput in = JsonInput.parse(body, WorkShapes.Comment.class);
            String text = in.requiredString("body");
            String format = in.string("format");
            if (format != null && !format.equals("text") && !format.equals("html") && !format.equals("markdown")) {
                in.error("format", "must be one of: text, markdown, html");
            }
            AddReply command = new AddReply(
                    text,
                    format,
                    in.bool("internal", false),
                    in.bool("solution", false),
                    listOf(in.strings("to")),
                    listOf(in.strings("cc")),
                    idsOf(in.ids("attachments")));
            in.done();
            CommentView view = comments.addReply(ticketId, command, caller.apiActor());
            return new IdempotentCreate.Created(
                    uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build(), view, null);
        });
    }

    private static List<Long> idsOf(Set<Long> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    private static List<String> listOf(Set<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
