package io.switchboard.interfaces.rest;

import io.switchboard.application.plugin.PluginAdministration;
import io.switchboard.application.view.Page;
import io.switchboard.application.view.PluginViews.AuditView;
import io.switchboard.application.view.PluginViews.DiagnosticsView;
import io.switchboard.application.view.PluginViews.InstallView;
import io.switchboard.application.view.PluginViews.PluginView;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.interfaces.rest.body.DeskShapes;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.http.Paging;
import io.switchboard.interfaces.rest.json.JsonInput;
import io.switchboard.interfaces.rest.openapi.Upload;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/plugins")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plugins")
public class PluginResource {

    @Inject
    PluginAdministration plugins;

    @Inject
    CallerContext caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            operationId = "listPlugins",
            summary = "Installed plugins",
            description = "Each with version, API version, SHA-256, state (ACTIVE, DISABLED, FAILED with reason),"
                    + " factories and the forms of their settings, number of instances and last errors.")
    public Page<PluginView> list(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue(Paging.DEFAULT_SIZE) int pageSize) {
        return new Paging(page, pageSize).of(plugins.plugins());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            operationId = "installPlugin",
            summary = "Install or upgrade a plugin",
            description =
                    "multipart/form-data with the jar in a part named 'jar'. Takes effect at once,"
                            + " without a restart; calls in flight finish on the old version. Answers 201 for a new plugin, 200 for an upgrade, with the"
                            + " jar's SHA-256; 422 with the reason when the jar is not a plugin or was built for another major plugin API version.")
    @APIResponse(
            responseCode = "201",
            description = "Installed",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation =
                                                    io.switchboard.application.view.PluginViews.InstallView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Upgraded an installed plugin",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation =
                                                    io.switchboard.application.view.PluginViews.InstallView.class)))
    @Upload(part = "jar")
    public Response install(List<EntityPart> parts) {
        EntityPart jar = parts.stream()
                .filter(p -> p.getName().equals("jar"))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "jar", "is required: send the plugin jar as a form part named 'jar'"));
        InstallView installed;
        try (InputStream in = jar.getContent()) {
            installed = plugins.install(in, caller.login());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Response.ResponseBuilder answer = installed.upgraded()
                ? Response.ok()
                : Response.created(
                        uri.getAbsolutePathBuilder().path(installed.id()).build());
        return answer.entity(installed).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPlugin", summary = "One plugin")
    public PluginView get(@PathParam("id") String id) {
        return plugins.plugin(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "removePlugin",
            summary = "Remove a plugin",
            description = "Deletes its jar from the plugins directory and unloads it. Its instances stay"
                    + " configured (FAILED: not installed) until deleted, so reinstalling brings them back.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") String id) {
        plugins.remove(id, caller.login());
        return Response.noContent().build();
    }

    /*
     * A PATCH on the plugin rather than POST /plugins/{id}/disable|enable: those paths were
     * ambiguous with /plugins/instances/{id} (a plugin named "instances" could not be switched).
     */
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            operationId = "updatePlugin",
            summary = "Switch a plugin on or off",
            description = "{\"enabled\": false} unloads it; its deliveries wait and are retried once it is"
                    + " enabled again. {\"enabled\": true} loads it again.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DeskShapes.PluginSwitch.class)))
    public PluginView update(@PathParam("id") String id, String body) {
        JsonInput in = JsonInput.parse(body, DeskShapes.PluginSwitch.class);
        JsonValue sent = in.raw("enabled");
        Boolean enabled = null;
        if (sent == null || sent == JsonValue.NULL) {
            in.error("enabled", "is required: true switches the plugin on, false switches it off");
        } else {
            enabled = in.bool("enabled");
        }
        in.done();
        return enabled ? plugins.enable(id, caller.login()) : plugins.disable(id, caller.login());
    }

    @GET
    @Path("audit")
    @Operation(
            operationId = "listPluginAudit",
            summary = "Audit trail",
            description = "Every install, upgrade, removal, switch and configuration change: who, when, what, SHA-256.")
    public Page<AuditView> audit(
            @QueryParam("plugin") String plugin,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue("50") int pageSize) {
        Paging.check(page, pageSize);
        return plugins.audit(plugin, page, pageSize);
    }

    @GET
    @Path("diagnostics")
    @Operation(
            operationId = "getPluginDiagnostics",
            summary = "Class loader diagnostics",
            description = "Loaded and unloaded classes, heap in use, and how many old plugin class"
                    + " loaders are still retained. gc=true asks for a garbage collection first.")
    public DiagnosticsView diagnostics(@QueryParam("gc") @DefaultValue("false") boolean gc) {
        return plugins.diagnostics(gc);
    }
}
