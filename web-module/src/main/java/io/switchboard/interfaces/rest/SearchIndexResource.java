package io.switchboard.interfaces.rest;

import io.switchboard.application.search.SearchIndexStatus;
import io.switchboard.application.search.TicketSearch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/search-index")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class SearchIndexResource {

    @Inject
    TicketSearch search;

    @GET
    @Operation(
            operationId = "getSearchIndexStatus",
            summary = "This server's search index",
            description = "How many tickets it holds, the outbox position it has read up to, and whether a rebuild"
                    + " runs. Each server of a cluster keeps its own index: ask each.")
    public SearchIndexStatus status() {
        return search.status();
    }

    @POST
    @Path("rebuild")
    @Operation(
            operationId = "rebuildSearchIndex",
            summary = "Rebuild this server's search index",
            description = "Reads every ticket again, in the background (202); searches go on meanwhile. Follow it"
                    + " with GET until rebuilding is false and lastRebuild is set.")
    @APIResponse(
            responseCode = "202",
            description = "Rebuilding; follow it with GET",
            content = @Content(schema = @Schema(implementation = SearchIndexStatus.class)))
    public Response rebuild() {
        search.rebuild();
        return Response.accepted(search.status()).build();
    }
}
