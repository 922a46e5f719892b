package io.switchboard.interfaces.rest;

import io.switchboard.application.DeliveryAdministration;
import io.switchboard.application.view.DeliveryViews.DeliveryView;
import io.switchboard.application.view.Page;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.http.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/deliveries")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plugins")
public class DeliveryResource {

    /** Looked up once: {@code Json.create...} finds the provider anew (a service lookup) on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    DeliveryAdministration deliveries;

    @Inject
    CallerContext caller;

    @GET
    @Operation(
            operationId = "listDeliveries",
            summary = "Outbox deliveries",
            description = "Filters: state=pending|delivered|dead|skipped, subscriber (plugin-instance:<id> or a"
                    + " core subscriber such as in-app), eventId. Newest first.")
    public Page<DeliveryView> list(
            @QueryParam("state") String state,
            @QueryParam("subscriber") String subscriber,
            @QueryParam("eventId") String eventId,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue("25") int pageSize) {
        Paging.check(page, pageSize);
        return deliveries.list(state, subscriber, eventId, page, pageSize);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDelivery", summary = "One delivery with its attempt log")
    public DeliveryView get(@PathParam("id") long id) {
        return deliveries.get(id);
    }

    @POST
    @Path("{id}/replay")
    @Operation(
            operationId = "replayDelivery",
            summary = "Replay a dead letter",
            description = "Starts the delivery over from its first attempt, with the same event id.")
    public DeliveryView replay(@PathParam("id") long id) {
        return deliveries.replay(id, caller.login());
    }

    @POST
    @Path("replay")
    @Operation(
            operationId = "replayDeadDeliveries",
            summary = "Replay every dead letter",
            description = "Optionally only those of one subscriber. Answers {\"replayed\": n}.")
    public JsonObject replayDead(@QueryParam("subscriber") String subscriber) {
        return JSON.createObjectBuilder()
                .add("replayed", deliveries.replayDead(subscriber, caller.login()))
                .build();
    }
}
