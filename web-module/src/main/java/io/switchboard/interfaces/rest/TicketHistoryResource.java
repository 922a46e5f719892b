package io.switchboard.interfaces.rest;

import io.switchboard.application.TicketQueries;
import io.switchboard.application.view.HistoryView;
import io.switchboard.application.view.Page;
import io.switchboard.interfaces.rest.http.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/tickets/{ref}/history")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History")
public class TicketHistoryResource {

    @Inject
    TicketQueries queries;

    @GET
    @Operation(
            operationId = "listTicketHistory",
            summary = "The audit trail, oldest first",
            description = "One entry per changed field: who, when, through which channel, old and new value.")
    public Page<HistoryView> history(
            @PathParam("ref") String ref,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue("50") int pageSize) {
        Paging.check(page, pageSize);
        long id = TicketRefs.id(ref);
        return new Page<>(queries.history(id, page, pageSize), queries.historyCount(id), page, pageSize);
    }
}
