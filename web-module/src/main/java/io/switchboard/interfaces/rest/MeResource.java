package io.switchboard.interfaces.rest;

import io.switchboard.application.ApiTokenService;
import io.switchboard.application.view.ApiTokenView;
import io.switchboard.application.view.DirectoryViews.AgentView;
import io.switchboard.application.view.Page;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.interfaces.rest.body.DeskShapes;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.http.Paging;
import io.switchboard.interfaces.rest.json.JsonInput;
import io.switchboard.interfaces.security.CredentialCache;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@RequestScoped
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MeResource {

    @Inject
    CallerContext caller;

    @Inject
    ApiTokenService tokens;

    @Inject
    CredentialCache credentials;

    @Context
    UriInfo uri;

    /** The caller: login, roles, and agent record if there is one. */
    public record Me(String login, Set<String> roles, AgentView agent) {}

    @GET
    @Operation(
            operationId = "getMe",
            summary = "Who am I",
            description = "agent is null when the login has no agent record.")
    public Me me() {
        return new Me(caller.login(), caller.roles(), caller.agent().orElse(null));
    }

    @GET
    @Path("tokens")
    @Operation(operationId = "listTokens", summary = "My API tokens", description = "Never shows a token's secret.")
    public Page<ApiTokenView> tokens(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue(Paging.DEFAULT_SIZE) int pageSize) {
        return new Paging(page, pageSize).of(tokens.list(caller.login()));
    }

    @GET
    @Path("tokens/{id}")
    @Operation(operationId = "getToken", summary = "One of my API tokens", description = "Never shows its secret.")
    @APIResponse(
            responseCode = "200",
            description = "The token",
            content = @Content(schema = @Schema(implementation = ApiTokenView.class)))
    public ApiTokenView token(@PathParam("id") long id) {
        return tokens.list(caller.login()).stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Token", id));
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createToken",
            summary = "Create an API token",
            description = "Body {\"name\": \"CI\", \"expiresAt\": \"2027-01-01T00:00:00Z\", \"roles\": [\"agent\"]}."
                    + " The answer holds the token once; store it, it cannot be shown again. roles (optional, default:"
                    + " all your roles) is the token's scope: at every call it acts with those of them you still have,"
                    + " and it stops at once when your account is deleted or switched off.")
    @APIResponse(
            responseCode = "201",
            description = "Created; the secret is shown only in this answer",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.ApiTokenView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DeskShapes.Token.class)))
    public Response create(String body) {
        JsonInput in = JsonInput.parse(body, DeskShapes.Token.class);
        String name = in.requiredString("name");
        Instant expires = in.instant("expiresAt");
        Set<String> scope = in.has("roles") ? in.strings("roles") : null;
        if (scope != null && scope.isEmpty()) {
            in.error("roles", "must name at least one role, or be left out for all of yours");
        } else if (scope != null && !caller.roles().containsAll(scope)) {
            in.error("roles", "may name only roles you have: " + caller.roles());
        }
        in.done();
        ApiTokenView view = tokens.create(caller.login(), name, scope == null ? caller.roles() : scope, expires);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(view.id()))
                        .build())
                .header("Cache-Control", "no-store")
                .entity(view)
                .build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(
            operationId = "revokeToken",
            summary = "Revoke an API token",
            description = "Takes effect at once on this server (within a minute on others).")
    public ApiTokenView revoke(@PathParam("id") long id) {
        ApiTokenView view = tokens.revoke(caller.login(), id);
        credentials.forgetAll(); // the cache is keyed by digests of secrets we no longer know; start over
        return view;
    }
}
