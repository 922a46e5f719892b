package io.switchboard.interfaces.rest;

import io.switchboard.application.schedule.LeasedTickers;
import io.switchboard.application.schedule.TickerStatus;
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

@Path("/admin/tickers")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class TickerResource {

    @Inject
    LeasedTickers tickers;

    @GET
    @Operation(
            operationId = "listTickers",
            summary = "Periodic work on this server",
            description = "Every ticker this server runs (outbox dispatch, SLA watch, tally fold, plugin loading, ...):"
                    + " whether it is leased, which server holds its lease according to the database, whether this"
                    + " server holds it, its lease term, and its recent runs here. Ask each server of a cluster.")
    public Page<TickerStatus> list(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue(Paging.DEFAULT_SIZE) int pageSize) {
        return new Paging(page, pageSize).of(tickers.statuses());
    }
}
