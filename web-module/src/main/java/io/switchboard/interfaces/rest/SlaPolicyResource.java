package io.switchboard.interfaces.rest;

import io.switchboard.application.SlaService;
import io.switchboard.application.view.SlaPolicyView;
import io.switchboard.domain.shared.Keyed;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.interfaces.rest.http.Preconditions;
import io.switchboard.interfaces.rest.json.JsonInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "SLA targets per priority")
    public List<SlaPolicyView> policies() {
        return sla.policies();
    }

    @PUT
    @Path("{priority}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change the targets of one priority", description = "Body {\"firstResponseMinutes\": 60, \"resolutionMinutes\": 240,"
            + " \"calendar\": \"24x7\" | \"Europe/Berlin MON-FRI 08:00-18:00\"}. If-Match optional. Running clocks keep their targets.")
    public Response update(@PathParam("priority") String priority, @HeaderParam("If-Match") String ifMatch, String body) {
        Priority p = Keyed.parse(Priority.class, "priority", priority);
        JsonInput in = JsonInput.parse(body, Set.of("firstResponseMinutes", "resolutionMinutes", "calendar"));
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
        SlaPolicyView view = sla.update(p, Preconditions.expectedVersion(ifMatch, false), response, resolution, calendar);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }
}
