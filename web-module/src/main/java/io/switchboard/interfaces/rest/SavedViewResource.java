package io.switchboard.interfaces.rest;

import io.switchboard.application.SavedViews;
import io.switchboard.application.command.SaveView;
import io.switchboard.application.view.Page;
import io.switchboard.application.view.SavedViewView;
import io.switchboard.domain.shared.FieldError;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.interfaces.rest.body.DeskShapes;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.http.Paging;
import io.switchboard.interfaces.rest.http.Preconditions;
import io.switchboard.interfaces.rest.json.JsonInput;
import io.switchboard.interfaces.rest.openapi.ETagged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Saved views of the ticket list: the caller's own and the shared ones (written by supervisors). */
@Path("/views")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Views")
public class SavedViewResource {

    @Inject
    SavedViews views;

    @Inject
    CallerContext caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listSavedViews", summary = "The shared views and the caller's own, by name")
    public Page<SavedViewView> list(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue(Paging.DEFAULT_SIZE) int pageSize) {
        return new Paging(page, pageSize).of(views.visibleTo(caller.login()));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSavedView", summary = "One view")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The view",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.SavedViewView.class)))
    public Response get(@PathParam("id") long id) {
        SavedViewView v = views.get(id, caller.login());
        return Response.ok(v).tag(Preconditions.etag(v.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createSavedView",
            summary = "Save a view",
            description =
                    "Body {\"name\": \"Urgent for Acme\", \"query\": \"status=new,open&priority=high&company=3&sort=-updatedAt&pageSize=50\","
                            + " \"columns\": [\"number\", \"summary\", \"status\", \"due\"], \"shared\": false}. The query is what"
                            + " GET /tickets takes (checked the same way); shared views need the supervisor role.")
    @ETagged
    @APIResponse(
            responseCode = "201",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.SavedViewView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DeskShapes.SavedView.class)))
    public Response create(String body) {
        SavedViewView v = views.create(command(body), caller.apiActor(), supervisor());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(Long.toString(v.id())).build())
                .entity(v)
                .tag(Preconditions.etag(v.version()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateSavedView",
            summary = "Rewrite a view",
            description = "The whole view; If-Match optional, a stale one is 412.")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The changed view",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.SavedViewView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DeskShapes.SavedView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, String body) {
        SavedViewView v = views.update(
                id, Preconditions.expectedVersion(ifMatch, false), command(body), caller.apiActor(), supervisor());
        return Response.ok(v).tag(Preconditions.etag(v.version())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteSavedView", summary = "Delete a view")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        views.delete(id, caller.apiActor(), supervisor());
        return Response.noContent().build();
    }

    private SaveView command(String body) {
        JsonInput in = JsonInput.parse(body, DeskShapes.SavedView.class);
        String name = in.requiredString("name");
        String query = in.string("query");
        JsonValue cols = in.raw("columns");
        boolean shared = in.bool("shared", false);
        in.done();
        List<String> columns = new ArrayList<>();
        if (cols instanceof JsonArray array) {
            array.forEach(v -> columns.add(v instanceof JsonString s ? s.getString() : v.toString()));
        } else if (cols != null && cols != JsonValue.NULL) {
            throw new InvalidInputException("columns", "must be a list of column names");
        }
        return new SaveView(name, checked(query), columns, shared);
    }

    /** The query must be one the list understands, checked by the same parser as GET /tickets. */
    private String checked(String query) {
        String q = query == null ? "" : query.strip().replaceFirst("^\\?", "");
        MultivaluedHashMap<String, String> params = new MultivaluedHashMap<>();
        for (String pair : q.split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.add(key, value);
        }
        try {
            TicketListParams.parse(params, caller);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(f -> new FieldError("query." + f.field(), f.message()))
                    .toList());
        }
        return q;
    }

    private boolean supervisor() {
        return caller.roles().contains(Roles.SUPERVISOR);
    }
}
