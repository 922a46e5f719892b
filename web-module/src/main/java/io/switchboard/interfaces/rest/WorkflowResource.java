package io.switchboard.interfaces.rest;

import io.switchboard.application.WorkflowService;
import io.switchboard.application.view.WorkflowView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/workflow")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow and SLA")
public class WorkflowResource {

    @Inject
    WorkflowService workflow;

    @GET
    @Operation(operationId = "getWorkflow", summary = "Statuses and the transitions between them")
    public WorkflowView workflow() {
        return workflow.workflow();
    }
}
