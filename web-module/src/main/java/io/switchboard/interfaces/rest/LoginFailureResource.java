package io.switchboard.interfaces.rest;

import io.switchboard.application.LoginAudit;
import io.switchboard.application.view.LoginFailureView;
import io.switchboard.application.view.Page;
import io.switchboard.interfaces.rest.http.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit of failed sign-ins, for an admin. */
@Path("/admin/login-failures")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class LoginFailureResource {

    @Inject
    LoginAudit audit;

    @GET
    @Operation(
            operationId = "listLoginFailures",
            summary = "Recent failed sign-ins",
            description =
                    "Newest first (limit 1 to 500, default 100), kept 30 days: the name tried, the client address,"
                            + " api or portal, and refused (checked and wrong) or throttled (not checked; attempts sums them"
                            + " per minute).")
    public Page<LoginFailureView> recent(
            @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue(Paging.DEFAULT_SIZE) int pageSize) {
        return new Paging(page, pageSize).of(audit.recent(limit));
    }
}
