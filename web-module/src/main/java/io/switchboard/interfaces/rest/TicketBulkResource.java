package io.switchboard.interfaces.rest;

import io.switchboard.application.TicketBulk;
import io.switchboard.application.TicketQueries;
import io.switchboard.application.command.BulkChange;
import io.switchboard.application.command.BulkTarget;
import io.switchboard.application.command.TicketFilter;
import io.switchboard.application.view.BulkResult;
import io.switchboard.domain.shared.FieldError;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.Patch;
import io.switchboard.domain.shared.UnprocessableException;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketNumber;
import io.switchboard.interfaces.rest.body.AdminShapes;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.json.JsonInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/tickets/bulk")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class TicketBulkResource {

    @Inject
    TicketBulk bulk;

    @Inject
    TicketQueries queries;

    @Inject
    TicketBodies bodies;

    @Inject
    CallerContext caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "bulkUpdateTickets",
            summary = "Change many tickets at once",
            description =
                    "Body {\"tickets\": [\"TKT-000001\", {\"number\": \"TKT-000002\", \"version\": 4}] or \"filter\":"
                            + " {the list's query parameters, e.g. \"status\": \"new\", \"priority\": \"low\"}, \"set\": {\"status\","
                            + " \"priority\", \"assigneeId\" (id, \"me\" or null), \"boardId\", \"addTag\", \"close\": true, \"mergeInto\":"
                            + " \"TKT-...\"}}. Each ticket is changed on its own: the answer lists, per ticket, what changed or why it"
                            + " was refused (an illegal move, a stale version), with counts. At most 1000 tickets.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AdminShapes.Bulk.class)))
    public BulkResult apply(String body) {
        JsonInput in = JsonInput.parse(body, AdminShapes.Bulk.class);
        JsonValue tickets = in.raw("tickets");
        JsonValue filter = in.raw("filter");
        JsonValue set = in.raw("set");
        in.done();
        if ((tickets == null) == (filter == null)) {
            throw new InvalidInputException("tickets", "give either tickets (a list of numbers) or filter, not both");
        }
        if (!(set instanceof JsonObject)) {
            throw new InvalidInputException("set", "is required: an object naming what to change");
        }
        BulkChange change = change((JsonObject) set);
        List<BulkTarget> targets = tickets != null ? targets(tickets) : matching(filter);
        return bulk.apply(targets, change, caller.apiActor());
    }

    private BulkChange change(JsonObject set) {
        try {
            JsonInput s = JsonInput.parse(set.toString(), AdminShapes.BulkSet.class);
            Patch<String> status = s.patch("status", s::string);
            Patch<Priority> priority = s.patch("priority", f -> s.keyed(f, Priority.class));
            Patch<Long> assignee = s.patch("assigneeId", f -> bodies.agent(s, f));
            Patch<Long> board = s.patch("boardId", s::id);
            String tag = s.string("addTag");
            boolean close = s.bool("close", false);
            String into = s.string("mergeInto");
            s.done();
            Long mergeInto = null;
            if (into != null) {
                try {
                    mergeInto = TicketNumber.parse(into).id();
                } catch (InvalidInputException e) {
                    throw new InvalidInputException("mergeInto", "is not a ticket number like TKT-000123: " + into);
                }
            }
            return new BulkChange(status, priority, assignee, board, tag, close, mergeInto);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(f -> new FieldError("set." + f.field(), f.message()))
                    .toList());
        }
    }

    private static List<BulkTarget> targets(JsonValue tickets) {
        if (!(tickets instanceof jakarta.json.JsonArray array)) {
            throw new InvalidInputException("tickets", "must be a list of ticket numbers");
        }
        List<BulkTarget> out = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue v = array.get(i);
            try {
                if (v instanceof JsonString s) {
                    out.add(new BulkTarget(TicketNumber.parse(s.getString()).id(), null));
                } else if (v instanceof JsonObject o && o.get("number") instanceof JsonString s) {
                    Long version = o.get("version") instanceof JsonNumber n ? n.longValue() : null;
                    out.add(new BulkTarget(TicketNumber.parse(s.getString()).id(), version));
                } else {
                    errors.add(new FieldError("tickets[" + i + "]", "must be a ticket number or {number, version}"));
                }
            } catch (InvalidInputException e) {
                errors.add(new FieldError("tickets[" + i + "]", "is not a ticket number like TKT-000123"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return out;
    }

    private List<BulkTarget> matching(JsonValue filter) {
        if (!(filter instanceof JsonObject object)) {
            throw new InvalidInputException("filter", "must be an object of list parameters");
        }
        MultivaluedHashMap<String, String> params = new MultivaluedHashMap<>();
        object.forEach((k, v) -> params.putSingle(
                k, v instanceof JsonString s ? s.getString() : v.toString().replaceAll("^\\[|\\]$|\"", "")));
        params.putSingle("pageSize", Integer.toString(TicketFilter.MAX_PAGE_SIZE));
        params.remove("page");
        TicketFilter parsed;
        try {
            parsed = TicketListParams.parse(params, caller);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(f -> new FieldError("filter." + f.field(), f.message()))
                    .toList());
        }
        List<Long> ids = queries.matchingIds(parsed, TicketBulk.MAX_TICKETS + 1);
        if (ids.size() > TicketBulk.MAX_TICKETS) {
            throw new UnprocessableException(
                    "filter", "matches more than " + TicketBulk.MAX_TICKETS + " tickets; narrow it down");
        }
        return ids.stream().map(id -> new BulkTarget(id, null)).toList();
    }
}
