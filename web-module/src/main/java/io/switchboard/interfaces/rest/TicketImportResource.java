package io.switchboard.interfaces.rest;

import io.switchboard.application.TicketImport;
import io.switchboard.application.command.ImportTicket;
import io.switchboard.application.view.ImportResult;
import io.switchboard.domain.shared.FieldError;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.Origin;
import io.switchboard.interfaces.rest.body.AdminShapes;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.json.JsonInput;
import io.switchboard.interfaces.rest.json.MalformedJsonException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/import/tickets")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class TicketImportResource {

    /** Looked up once: {@code Json.create...} finds the provider anew (a service lookup) on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    TicketImport importer;

    @Inject
    TicketBodies bodies;

    @Inject
    CallerContext caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "importTickets",
            summary = "Import tickets with their past",
            description = "A JSON array of up to 1000 tickets, all or none: the create"
                    + " fields plus status, createdAt and resolvedAt. Each ticket walks the workflow to its status; imports notify nobody."
                    + " Errors name the array index, e.g. [3].priority.")
    @RequestBody(
            required = true,
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AdminShapes.Import.class)))
    public ImportResult importTickets(String body) {
        JsonArray array = array(body);
        List<ImportTicket> batch = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            try {
                if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                    throw new InvalidInputException("body", "must be an object");
                }
                String json = item.toString();
                JsonInput extra = JsonInput.parse(json, AdminShapes.Import.class);
                String status = extra.string("status");
                var created = extra.instant("createdAt");
                var resolved = extra.instant("resolvedAt");
                extra.done();
                batch.add(new ImportTicket(bodies.create(withoutImportFields(item)), status, created, resolved));
            } catch (InvalidInputException e) {
                int index = i;
                e.errors().forEach(err -> errors.add(new FieldError("[" + index + "]." + err.field(), err.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return importer.importAll(batch, caller.actor(Origin.API));
    }

    private static String withoutImportFields(JsonValue item) {
        var builder = JSON.createObjectBuilder(item.asJsonObject());
        builder.remove("status").remove("createdAt").remove("resolvedAt");
        return builder.build().toString();
    }

    private static JsonArray array(String body) {
        try (JsonReader reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new InvalidInputException("body", "must be a JSON array of tickets");
            }
            return value.asJsonArray();
        } catch (JsonParsingException e) {
            throw new MalformedJsonException("The body is not valid JSON.");
        } catch (jakarta.json.JsonException e) {
            throw new MalformedJsonException("The body is not valid JSON.");
        }
    }
}
