package io.switchboard.interfaces.rest;

import io.switchboard.application.ApiTokenService;
import io.switchboard.application.view.ApiTokenView;
import io.switchboard.application.view.Page;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.interfaces.rest.http.Paging;
import io.switchboard.interfaces.security.CredentialCache;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Everyone's API tokens, for an admin: who holds which, when each was last used, and revocation. */
@Path("/admin/tokens")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class TokenAdminResource {

    @Inject
    ApiTokenService tokens;

    @Inject
    CredentialCache credentials;

    @GET
    @Operation(
            operationId = "listAllTokens",
            summary = "All API tokens",
            description = "Newest first, at most 1,000; username filters to one user, includeRevoked=true"
                    + " lists revoked ones too. Never shows a token's secret.")
    public Page<ApiTokenView> list(
            @QueryParam("username") String username,
            @QueryParam("includeRevoked") boolean includeRevoked,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue(Paging.DEFAULT_SIZE) int pageSize) {
        return new Paging(page, pageSize)
                .of(tokens.listAll(username == null || username.isBlank() ? null : username.strip(), includeRevoked));
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "revokeAnyToken",
            summary = "Revoke anyone's token",
            description = "At once on this server, within a minute on others.")
    public ApiTokenView revoke(@PathParam("id") long id) {
        ApiTokenView view = tokens.revokeAny(id);
        credentials.forgetAll();
        return view;
    }

    @DELETE
    @Operation(
            operationId = "revokeTokensOfUser",
            summary = "Revoke every token of a user",
            description = "Query username is required.")
    public Map<String, Integer> revokeAllOf(@QueryParam("username") String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("username", "is required");
        }
        int revoked = tokens.revokeAllOf(username.strip());
        credentials.forgetAll();
        return Map.of("revoked", revoked);
    }
}
