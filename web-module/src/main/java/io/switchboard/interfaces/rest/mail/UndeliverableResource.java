package io.switchboard.interfaces.rest.mail;

import io.switchboard.application.mail.Undeliverable;
import io.switchboard.application.view.Page;
import io.switchboard.interfaces.rest.Roles;
import io.switchboard.interfaces.rest.http.Paging;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/mail/undeliverable")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Email")
public class UndeliverableResource {

    @Inject
    Undeliverable undeliverable;

    @GET
    @Operation(
            operationId = "listUndeliverableAddresses",
            summary = "Addresses no longer mailed after a permanent bounce",
            description = "Newest first, at most 500. An address is cleared by itself when mail from it comes in.")
    public Page<Undeliverable.View> list(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue(Paging.DEFAULT_SIZE) int pageSize) {
        return new Paging(page, pageSize).of(undeliverable.list());
    }

    @DELETE
    @Path("{address}")
    @Operation(operationId = "clearUndeliverableAddress", summary = "Mail this address again (it works again)")
    public void clear(@PathParam("address") String address) {
        undeliverable.clear(address);
    }
}
