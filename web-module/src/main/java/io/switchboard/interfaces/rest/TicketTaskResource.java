package io.switchboard.interfaces.rest;

import io.switchboard.application.TaskService;
import io.switchboard.application.command.AddTask;
import io.switchboard.application.command.ReviseTask;
import io.switchboard.application.view.Page;
import io.switchboard.application.view.TaskView;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.interfaces.rest.body.WorkShapes;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.http.IdempotentCreate;
import io.switchboard.interfaces.rest.http.Paging;
import io.switchboard.interfaces.rest.http.Preconditions;
import io.switchboard.interfaces.rest.json.JsonInput;
import io.switchboard.interfaces.rest.openapi.ETagged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/tickets/{ref}/tasks")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class TicketTaskResource {

    @Inject
    TaskService tasks;

    @Inject
    TicketBodies bodies;

    @Inject
    CallerContext caller;

    @Inject
    IdempotentCreate idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listTasks", summary = "The ticket's checklist, in order")
    public Page<TaskView> list(
            @PathParam("ref") String ref,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue(Paging.DEFAULT_SIZE) int pageSize) {
        return new Paging(page, pageSize).of(tasks.list(TicketRefs.id(ref)));
    }

    @GET
    @Path("{task}")
    @Operation(operationId = "getTask", summary = "One task of the checklist")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The task",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response get(@PathParam("ref") String ref, @PathParam("task") long task, @Context Request request) {
        TaskView view = tasks.list(TicketRefs.id(ref)).stream()
                .filter(t -> t.id() == task)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Task", task));
        return Preconditions.current(request, view, view.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createTask",
            summary = "Add a task",
            description =
                    "Body {\"title\": \"...\", \"assigneeId\": 12 | \"me\", \"dueAt\": \"2026-12-01T09:00:00Z\"}.")
    @ETagged
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.TaskView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WorkShapes.TaskCreate.class)))
    public Response add(@PathParam("ref") String ref, String body, @HeaderParam(IdempotentCreate.HEADER) String key) {
        long ticketId = TicketRefs.id(ref);
        return idempotent.create(caller.login(), key, "POST", "/tickets/" + ticketId + "/tasks", body, () -> {
            JsonInput in = JsonInput.parse(body, WorkShapes.TaskCreate.class);
            AddTask command =
                    new AddTask(in.requiredString("title"), bodies.agent(in, "assigneeId"), in.instant("dueAt"));
            in.done();
            TaskView view = tasks.add(ticketId, command, caller.apiActor());
            return new IdempotentCreate.Created(
                    uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build(),
                    view,
                    Long.toString(view.version()));
        });
    }

    @PATCH
    @Path("{task}")
    @Consumes({MediaType.APPLICATION_JSON, TicketResource.MERGE_PATCH})
    @Operation(
            operationId = "updateTask",
            summary = "Change a task",
            description = "Merge patch of title, assigneeId, dueAt, done. If-Match optional.")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The changed task",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.view.TaskView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WorkShapes.TaskPatch.class)))
    public Response revise(
            @PathParam("ref") String ref,
            @PathParam("task") long task,
            @HeaderParam("If-Match") String ifMatch,
            String body) {
        long ticketId = TicketRefs.id(ref);
        JsonInput in = JsonInput.parse(body, WorkShapes.TaskPatch.class);
        ReviseTask command = new ReviseTask(
                in.patch("title", in::string),
                in.patch("assigneeId", f -> bodies.agent(in, f)),
                in.patch("dueAt", in::instant),
                in.patch("done", in::bool));
        in.done();
        TaskView view =
                tasks.revise(ticketId, task, Preconditions.expectedVersion(ifMatch, false), command, caller.apiActor());
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @DELETE
    @Path("{task}")
    @Operation(operationId = "deleteTask", summary = "Remove a task")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("ref") String ref, @PathParam("task") long task) {
        tasks.remove(TicketRefs.id(ref), task, caller.apiActor());
        return Response.noContent().build();
    }
}
