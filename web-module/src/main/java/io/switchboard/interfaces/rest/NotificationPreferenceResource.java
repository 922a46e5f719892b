package io.switchboard.interfaces.rest;

import io.switchboard.application.notify.NotificationPreferences;
import io.switchboard.application.notify.NotificationPreferences.Preference;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.interfaces.rest.body.DeskShapes;
import io.switchboard.interfaces.rest.http.CallerContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me/notification-settings")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationPreferenceResource {

    /** Looked up once: {@code Json.create...} finds the provider anew (a service lookup) on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    NotificationPreferences preferences;

    @Inject
    CallerContext caller;

    @GET
    @Path("events")
    @Operation(
            operationId = "getNotificationPreferences",
            summary = "My notification preferences",
            description =
                    "Every personal event (created, assigned, status changed, reply, note,"
                            + " mentioned, SLA warning, SLA breached) on every channel (email, in_app); on unless switched off.")
    public List<Preference> get() {
        return preferences.of(caller.login());
    }

    @PUT
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceNotificationPreferences",
            summary = "Change my notification preferences",
            description = "Body: [{\"event\": \"ticket.note_added\", \"channel\": \"email\","
                    + " \"enabled\": false}, ...]; entries not sent keep their value.")
    @RequestBody(
            required = true,
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DeskShapes.Preference.class)))
    public List<Preference> put(String body) {
        return preferences.update(caller.login(), parse(body));
    }

    @GET
    @Path("boards")
    @Operation(
            operationId = "listFollowedBoards",
            summary = "Boards I follow",
            description = "Followers hear about every ticket on the board.")
    public List<Long> boards() {
        return preferences.boardsFollowed(caller.agentId("agent"));
    }

    @PUT
    @Path("boards/{board}")
    @Operation(operationId = "followBoard", summary = "Follow a board")
    @APIResponse(responseCode = "204", description = "Following the board")
    public Response follow(@PathParam("board") long board) {
        preferences.follow(caller.agentId("agent"), board, true);
        return Response.noContent().build();
    }

    @DELETE
    @Path("boards/{board}")
    @Operation(operationId = "unfollowBoard", summary = "Stop following a board")
    @APIResponse(responseCode = "204", description = "No longer following the board")
    public Response unfollow(@PathParam("board") long board) {
        preferences.follow(caller.agentId("agent"), board, false);
        return Response.noContent().build();
    }

    private static List<Preference> parse(String body) {
        JsonValue value;
        try (JsonReader reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
            value = reader.readValue();
        } catch (jakarta.json.JsonException e) {
            throw new InvalidInputException("body", "must be a JSON array of {event, channel, enabled}");
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidInputException("body", "must be a JSON array of {event, channel, enabled}");
        }
        List<Preference> out = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonObject o)
                    || !o.containsKey("event")
                    || !o.containsKey("channel")
                    || !o.containsKey("enabled")
                    || o.get("enabled").getValueType() != JsonValue.ValueType.TRUE
                            && o.get("enabled").getValueType() != JsonValue.ValueType.FALSE) {
                throw new InvalidInputException(
                        "body", "each entry needs event, channel (strings) and enabled (true or false)");
            }
            out.add(new Preference(o.getString("event", ""), o.getString("channel", ""), o.getBoolean("enabled")));
        }
        return out;
    }
}
