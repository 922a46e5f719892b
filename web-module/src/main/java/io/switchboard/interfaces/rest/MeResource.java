package io.switchboard.interfaces.rest;

import io.switchboard.application.ApiTokenService;
import io.switchboard.application.view.ApiTokenView;
import io.switchboard.application.view.DirectoryViews.AgentView;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.json.JsonInput;
import io.switchboard.interfaces.security.CredentialCache;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "Who am I", description = "agent is null when the login has no agent record.")
    public Me me() {
        return new Me(caller.login(), caller.roles(), caller.agent().orElse(null));
    }

    @GET
    @Path("tokens")
    @Operation(summary = "My API tokens", description = "Never shows a token's secret.")
    public List<ApiTokenView> tokens() {
        return tokens.list(caller.login());
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API token", description = "Body {\"name\": \"CI\", \"expiresAt\": \"2027-01-01T00:00:00Z\"}. The answer"
            + " holds the token once; store it, it cannot be shown again. It carries your current roles.")
    public Response create(String body) {
        JsonInput in = JsonInput.parse(body, Set.of("name", "expiresAt"));
        String name = in.requiredString("name");
        Instant expires = in.instant("expiresAt");
        in.done();
        ApiTokenView view = tokens.create(caller.login(), name, caller.roles(), expires);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
                .header("Cache-Control", "no-store")
                .entity(view)
                .build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke an API token", description = "Takes effect at once on this server (within a minute on others).")
    public ApiTokenView revoke(@PathParam("id") long id) {
        ApiTokenView view = tokens.revoke(caller.login(), id);
        credentials.forgetAll(); // the cache is keyed by digests of secrets we no longer know; start over
        return view;
    }
}
