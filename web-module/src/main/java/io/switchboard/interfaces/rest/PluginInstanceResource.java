package io.switchboard.interfaces.rest;

import io.switchboard.application.command.InstanceSpec;
import io.switchboard.application.plugin.InstanceAdministration;
import io.switchboard.application.view.Page;
import io.switchboard.application.view.PluginViews.ConnectionView;
import io.switchboard.application.view.PluginViews.InstanceView;
import io.switchboard.domain.plugin.DeliveryPolicy;
import io.switchboard.domain.plugin.RetrySchedule;
import io.switchboard.domain.shared.Patch;
import io.switchboard.interfaces.rest.body.DeskShapes;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.http.Paging;
import io.switchboard.interfaces.rest.http.Preconditions;
import io.switchboard.interfaces.rest.json.JsonInput;
import io.switchboard.interfaces.rest.openapi.ETagged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/plugins/instances")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plugins")
public class PluginInstanceResource {

    @Inject
    InstanceAdministration plugins;

    @Inject
    CallerContext caller;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            operationId = "listPluginInstances",
            summary = "Configured plugin instances",
            description = "Optional plugin=<id>. Secret settings are listed by name in secretsSet, never by value.")
    public Page<InstanceView> list(
            @QueryParam("plugin") String plugin,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue(Paging.DEFAULT_SIZE) int pageSize) {
        return new Paging(page, pageSize).of(plugins.instances(plugin));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createPluginInstance",
            summary = "Configure an instance",
            description = "Body {plugin, kind?, factory?, name, enabled?, events?: [types], retry?:"
                    + " {maxAttempts, baseSeconds, maxSeconds}, delivery?: {concurrency: 1-32 or null for the server's"
                    + " default, ticketOrder: keep per-ticket order}, config: {name: value}}. Values are checked against the"
                    + " factory's settings and its own"
                    + " validation; secret values are encrypted at rest.")
    @ETagged
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation =
                                                    io.switchboard.application.view.PluginViews.InstanceView.class)))
    @RequestBody(
            required = true,
            content = @Content(schema = @Schema(implementation = DeskShapes.InstanceCreate.class)))
    public Response create(String body) {
        JsonInput in = JsonInput.parse(body, DeskShapes.InstanceCreate.class);
        String plugin = in.requiredString("plugin");
        String kind = in.string("kind");
        String factory = in.string("factory");
        in.requiredString("name");
        InstanceSpec spec = spec(in);
        in.done();
        InstanceView created = plugins.createInstance(plugin, kind, factory, spec, caller.login());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.id()))
                        .build())
                .entity(created)
                .tag(Preconditions.etag(created.version()))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPluginInstance", summary = "One instance")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The instance",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation =
                                                    io.switchboard.application.view.PluginViews.InstanceView.class)))
    public Response get(@PathParam("id") long id) {
        InstanceView view = plugins.instance(id);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            operationId = "updatePluginInstance",
            summary = "Change an instance",
            description = "Fields sent are changed. In config, a value sets, null clears, a missing key keeps"
                    + " (so secrets need not be sent again). If-Match optional.")
    @ETagged
    @APIResponse(
            responseCode = "200",
            description = "The changed instance",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation =
                                                    io.switchboard.application.view.PluginViews.InstanceView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DeskShapes.InstancePatch.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, String body) {
        JsonInput in = JsonInput.parse(body, DeskShapes.InstancePatch.class);
        InstanceSpec spec = spec(in);
        in.done();
        InstanceView view =
                plugins.updateInstance(id, Preconditions.expectedVersion(ifMatch, false), spec, caller.login());
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deletePluginInstance", summary = "Delete an instance")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        plugins.deleteInstance(id, caller.login());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/test")
    @Operation(
            operationId = "testPluginInstance",
            summary = "Test the connection",
            description = "The plugin tries its stored settings against the outside world; OK, FAILED or UNSUPPORTED.")
    public ConnectionView test(@PathParam("id") long id) {
        return plugins.testInstance(id);
    }

    private static InstanceSpec spec(JsonInput in) {
        Patch<String> name = in.patch("name", in::string);
        Patch<Boolean> enabled = in.patch("enabled", in::bool);
        Patch<Set<String>> events = in.patch("events", in::strings);
        Patch<RetrySchedule> retry = in.patch("retry", f -> retry(in, f));
        Patch<DeliveryPolicy> delivery = in.patch("delivery", f -> delivery(in, f));
        Map<String, String> config = config(in);
        return new InstanceSpec(name, enabled, events, retry, delivery, config);
    }

    /** {"concurrency": 1..32 or null for the server's default, "ticketOrder": true|false}. */
    private static DeliveryPolicy delivery(JsonInput in, String field) {
        JsonValue raw = in.raw(field);
        if (!(raw instanceof JsonObject o)) {
            in.error(field, "must be an object {concurrency, ticketOrder}");
            return null;
        }
        JsonValue concurrency = o.get("concurrency");
        Integer slots = null;
        if (concurrency instanceof JsonNumber n && n.isIntegral()) {
            slots = n.intValue();
        } else if (concurrency != null && concurrency != JsonValue.NULL) {
            in.error(field + ".concurrency", "must be a whole number from 1 to " + DeliveryPolicy.MAX_CONCURRENCY);
            return null;
        }
        JsonValue order = o.get("ticketOrder");
        if (order != null && order != JsonValue.TRUE && order != JsonValue.FALSE) {
            in.error(field + ".ticketOrder", "must be true or false");
            return null;
        }
        return new DeliveryPolicy(slots, order == JsonValue.TRUE);
    }

    private static RetrySchedule retry(JsonInput in, String field) {
        JsonValue raw = in.raw(field);
        if (!(raw instanceof JsonObject o)) {
            in.error(field, "must be an object {maxAttempts, baseSeconds, maxSeconds}");
            return null;
        }
        RetrySchedule d = RetrySchedule.DEFAULT;
        return new RetrySchedule(
                integer(o, "maxAttempts", d.maxAttempts()),
                integer(o, "baseSeconds", d.baseSeconds()),
                integer(o, "maxSeconds", d.maxSeconds()));
    }

    private static int integer(JsonObject o, String name, int fallback) {
        JsonValue v = o.get(name);
        return v instanceof JsonNumber n && n.isIntegral() ? n.intValue() : fallback;
    }

    /** Settings as strings: JSON strings, numbers and booleans are accepted; null clears. */
    private static Map<String, String> config(JsonInput in) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonValue raw = in.raw("config");
        if (raw == null || raw == JsonValue.NULL) {
            return out;
        }
        if (!(raw instanceof JsonObject o)) {
            in.error("config", "must be an object of setting names to values");
            return out;
        }
        o.forEach((k, v) -> {
            switch (v.getValueType()) {
                case NULL -> out.put(k, null);
                case STRING -> out.put(k, ((JsonString) v).getString());
                case NUMBER, TRUE, FALSE -> out.put(k, v.toString());
                default -> in.error("config." + k, "must be a string, number, boolean or null");
            }
        });
        return out;
    }
}
