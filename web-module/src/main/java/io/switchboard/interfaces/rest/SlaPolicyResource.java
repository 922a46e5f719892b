package io.switchboard.interfaces.rest;

import io.switchboard.application.SlaService;
import io.switchboard.application.view.Page;
import io.switchboard.application.view.SlaPolicyView;
import io.switchboard.domain.shared.Keyed;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.interfaces.rest.body.DeskShapes;
import io.switchboard.interfaces.rest.http.Paging;
import io.switchboard.interfaces.rest.http.Preconditions;
import io.switchboard.interfaces.rest.json.JsonInput;
import io.switchboard.interfaces.rest.openapi.ETagged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sla-policies")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow and SLA")
public class SlaPolicyResource {

    @Inject
    SlaService sla;

    @GET
    @Operation(operationId = "listSlaPolicies", summary = "SLA targets per priority")
    public Page<SlaPolicyView> policies(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue(Paging.DEFAULT_SIZE) int pageSize) {
        return new Paging(page, pageSize).of(sla.policies());
    }

    @PUT
    @Path("{priority}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "updateSlaPolicy",
            summary = "Change the targets of one priority",
            description =
                    "Body {\"firstResponseMinutes\": 60, \"resolutionMinutes\": 240,"
                            + " \"calendar\": \"24x7\" | \"Europe/Berlin MON-FRI 08:00-18:00\"}. If-Match optional. Running clocks keep their targets.")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The new targets",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.SlaPolicyView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DeskShapes.SlaPolicy.class)))
    public Response update(
            @PathParam("priority") String priority, @HeaderParam("If-Match") String ifMatch, String body) {
        Priority p = Keyed.parse(Priority.class, "priority", priority);
        JsonInput in = JsonInput.parse(body, DeskShapes.SlaPolicy.class);
        Long response = in.number("firstResponseMinutes");
        Long resolution = in.number("resolutionMinutes");
        String calendar = in.string("calendar");
        if (response == null) {
            in.error("firstResponseMinutes", "is required");
        }
        if (resolution == null) {
            in.error("resolutionMinutes", "is required");
        }
        in.done();
        SlaPolicyView view =
                sla.update(p, Preconditions.expectedVersion(ifMatch, false), response, resolution, calendar);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }
}
