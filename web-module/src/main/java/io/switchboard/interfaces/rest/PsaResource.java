package io.switchboard.interfaces.rest;

import io.switchboard.application.plugin.InstanceAdministration;
import io.switchboard.application.psa.BoardSelection;
import io.switchboard.application.psa.ConnectionView;
import io.switchboard.application.psa.DriftReport;
import io.switchboard.application.psa.LinkView;
import io.switchboard.application.psa.MappingView;
import io.switchboard.application.psa.PsaAdministration;
import io.switchboard.application.psa.PsaDriftCheck;
import io.switchboard.application.psa.PsaFailure;
import io.switchboard.application.psa.SyncRunView;
import io.switchboard.application.psa.SyncRunner;
import io.switchboard.application.view.Page;
import io.switchboard.application.view.PluginViews;
import io.switchboard.domain.psa.SyncTrigger;
import io.switchboard.interfaces.rest.body.AdminShapes;
import io.switchboard.interfaces.rest.http.Paging;
import io.switchboard.interfaces.rest.json.JsonInput;
import io.switchboard.plugin.psa.CatalogEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** PSA connections: boards, mappings, the catalogue for the editors, "Sync now" and the sync log. */
@Path("/psa/connections")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "PSA")
public class PsaResource {

    @Inject
    PsaAdministration psa;

    @Inject
    SyncRunner runner;

    @Inject
    PsaDriftCheck drift;

    @Inject
    InstanceAdministration plugins;

    @GET
    @Operation(
            operationId = "listPsaConnections",
            summary = "PSA connections",
            description = "Plugin instances of kind psa, with their boards, mappings, circuit and last sync.")
    public Page<ConnectionView> list(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue(Paging.DEFAULT_SIZE) int pageSize) {
        return new Paging(page, pageSize).of(psa.connections());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPsaConnection", summary = "One PSA connection")
    public ConnectionView get(@PathParam("id") long id) {
        return psa.connection(id);
    }

    @POST
    @Path("{id}/test")
    @Operation(
            operationId = "testPsaConnection",
            summary = "Test the connection",
            description = "OK or FAILED, with what the PSA said.")
    public PluginViews.ConnectionView test(@PathParam("id") long id) {
        psa.connection(id);
        return plugins.testInstance(id);
    }

    @PUT
    @Path("{id}/boards")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replacePsaBoards",
            summary = "Choose the boards to sync",
            description = "Body {boards: [{remoteId, remoteName?, localBoardId?, enabled?}]}. Boards not named keep"
                    + " their settings; enabled defaults to true.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AdminShapes.Boards.class)))
    public ConnectionView boards(@PathParam("id") long id, String body) {
        JsonInput in = JsonInput.parse(body, AdminShapes.Boards.class);
        List<BoardSelection> out = new ArrayList<>();
        for (JsonObject o : objects(in, "boards")) {
            out.add(new BoardSelection(
                    text(o, "remoteId"),
                    text(o, "remoteName"),
                    o.get("localBoardId") instanceof JsonNumber n ? n.longValue() : null,
                    !(o.get("enabled") == JsonValue.FALSE)));
        }
        in.done();
        return psa.selectBoards(id, out);
    }

    @PUT
    @Path("{id}/mappings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replacePsaMappings",
            summary = "Set mappings",
            description = "Body {mappings: [{kind: status|priority|member|company, scope?, remoteId, remoteName?,"
                    + " localValue}]}. Replaces all mappings of each kind named; scope is the remote board of a status."
                    + " localValue is a status key, a priority key, an agent id or a company id.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AdminShapes.Mappings.class)))
    public ConnectionView mappings(@PathParam("id") long id, String body) {
        JsonInput in = JsonInput.parse(body, AdminShapes.Mappings.class);
        List<MappingView> out = new ArrayList<>();
        for (JsonObject o : objects(in, "mappings")) {
            out.add(new MappingView(
                    text(o, "kind"),
                    text(o, "scope"),
                    text(o, "remoteId"),
                    text(o, "remoteName"),
                    text(o, "localValue")));
        }
        in.done();
        return psa.map(id, out);
    }

    @GET
    @Path("{id}/catalog/{kind}")
    @Operation(
            operationId = "getPsaCatalog",
            summary = "Remote values for pickers and mapping editors",
            description = "kind: board, status (parent = board id), priority, member, role, company, contact,"
                    + " ticket_type, queue, configuration. Straight from the PSA.")
    public List<CatalogEntry> catalog(
            @PathParam("id") long id,
            @PathParam("kind") String kind,
            @QueryParam("parent") String parent,
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("1") int page)
            throws PsaFailure {
        return psa.catalog(id, kind, parent, q, page);
    }

    @POST
    @Path("{id}/sync")
    @Operation(
            operationId = "syncPsaConnection",
            summary = "Sync now",
            description = "Starts a pull of every selected board and answers 202 with the run; while a run is going,"
                    + " answers with that one.")
    @APIResponse(
            responseCode = "202",
            description = "Started; poll the run for its outcome",
            content = @Content(schema = @Schema(implementation = io.switchboard.application.psa.SyncRunView.class)))
    public Response sync(@PathParam("id") long id) {
        SyncRunView run = runner.start(id, SyncTrigger.MANUAL);
        return Response.accepted(run).build();
    }

    @POST
    @Path("{id}/drift")
    @Operation(
            operationId = "checkPsaDrift",
            summary = "Drift check",
            description = "Compares every remote ticket of the selected boards with its local twin field by field"
                    + " (summary, status, priority, assignee) and answers with what disagrees; with repair=true it"
                    + " settles each by last writer wins, the losing value written into the ticket history. Logged"
                    + " as a DRIFT run.")
    public DriftReport drift(@PathParam("id") long id, @QueryParam("repair") @DefaultValue("false") boolean repair) {
        return drift.check(id, repair);
    }

    @POST
    @Path("{id}/callbacks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "registerPsaCallbacks",
            summary = "Register for callbacks",
            description = "Body {url}: this server's public address of /api/v1/webhooks/{id}. The PSA then calls it on"
                    + " every ticket change; answers the registration id.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AdminShapes.Callback.class)))
    public Map<String, String> register(@PathParam("id") long id, String body) throws PsaFailure {
        JsonInput in = JsonInput.parse(body, AdminShapes.Callback.class);
        String url = in.requiredString("url");
        in.done();
        return Map.of("id", psa.registerCallback(id, url));
    }

    @GET
    @Path("{id}/runs")
    @Operation(
            operationId = "listPsaSyncRuns",
            summary = "The sync log",
            description = "Newest first; page from 1, pageSize up to 100.")
    public Map<String, Object> runs(
            @PathParam("id") long id,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("pageSize") @DefaultValue("25") int pageSize) {
        return Map.of(
                "items",
                psa.runs(id, page, pageSize),
                "total",
                psa.countRuns(id),
                "page",
                Math.max(1, page),
                "pageSize",
                Math.max(1, Math.min(PsaAdministration.MAX_PAGE, pageSize)));
    }

    @GET
    @Path("{id}/runs/{run}")
    @Operation(
            operationId = "getPsaSyncRun",
            summary = "One sync run",
            description = "Poll it for the progress of a running sync.")
    public SyncRunView run(@PathParam("id") long id, @PathParam("run") long run) {
        return psa.run(id, run);
    }

    @GET
    @Path("{id}/tickets/{remoteId}")
    @Operation(
            operationId = "getPsaTicketLink",
            summary = "The local ticket of a remote one",
            description =
                    "Its id, the remote board and version last pulled, the link into the PSA and the remote resources.")
    public LinkView link(@PathParam("id") long id, @PathParam("remoteId") String remoteId) {
        return psa.link(id, remoteId);
    }

    private static List<JsonObject> objects(JsonInput in, String field) {
        JsonValue raw = in.raw(field);
        List<JsonObject> out = new ArrayList<>();
        if (!(raw instanceof JsonArray array)) {
            in.error(field, "must be an array of objects");
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonObject o) {
                out.add(o);
            } else {
                in.error(field + "[" + i + "]", "must be an object");
            }
        }
        return out;
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        return v instanceof JsonNumber n ? n.toString() : null;
    }
}
