package io.switchboard.interfaces.rest;

import io.switchboard.application.command.CreateTicket;
import io.switchboard.application.command.TicketChanges;
import io.switchboard.domain.shared.Patch;
import io.switchboard.domain.ticket.Priority;
import io.switchboard.domain.ticket.TicketType;
import io.switchboard.interfaces.rest.body.TicketShapes;
import io.switchboard.interfaces.rest.http.CallerContext;
import io.switchboard.interfaces.rest.json.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads ticket request bodies into commands; "me" stands for the caller's agent wherever an agent id goes. */
@RequestScoped
public class TicketBodies {

    @Inject
    CallerContext caller;

    public CreateTicket create(String body) {
        JsonInput in = JsonInput.parse(body, TicketShapes.Create.class);
        CreateTicket command = new CreateTicket(
                in.requiredString("summary"),
                in.string("description"),
                in.keyed("priority", Priority.class),
                in.keyed("type", TicketType.class),
                in.id("categoryId"),
                in.id("companyId"),
                in.id("contactId"),
                agent(in, "assigneeId"),
                in.id("boardId"),
                in.strings("tags"),
                in.instant("dueAt"),
                agents(in, "watcherIds"));
        in.done();
        return command;
    }

    /** PUT: every editable field is given; a field left out is cleared. */
    public TicketChanges replace(String body) {
        JsonInput in = JsonInput.parse(body, TicketShapes.Replace.class);
        Priority priority = in.keyed("priority", Priority.class);
        TicketType type = in.keyed("type", TicketType.class);
        String summary = in.requiredString("summary");
        if (!in.has("priority")) {
            in.error("priority", "is required");
        }
        if (!in.has("type")) {
            in.error("type", "is required");
        }
        TicketChanges changes = new TicketChanges(
                Patch.set(summary),
                Patch.set(in.string("description")),
                Patch.unchanged(),
                Patch.set(priority),
                Patch.set(type),
                Patch.set(in.id("categoryId")),
                Patch.set(in.id("companyId")),
                Patch.set(in.id("contactId")),
                Patch.set(agent(in, "assigneeId")),
                Patch.set(in.id("boardId")),
                Patch.set(in.strings("tags") == null ? Set.of() : in.strings("tags")),
                Patch.set(in.instant("dueAt")));
        in.done();
        return changes;
    }

    /** PATCH (JSON merge patch): only the fields present change; null clears. */
    public TicketChanges patch(String body) {
        JsonInput in = JsonInput.parse(body, TicketShapes.Patch.class);
        TicketChanges changes = new TicketChanges(
                in.patch("summary", in::string),
                in.patch("description", in::string),
                in.patch("status", in::string),
                in.patch("priority", f -> in.keyed(f, Priority.class)),
                in.patch("type", f -> in.keyed(f, TicketType.class)),
                in.patch("categoryId", in::id),
                in.patch("companyId", in::id),
                in.patch("contactId", in::id),
                in.patch("assigneeId", f -> agent(in, f)),
                in.patch("boardId", in::id),
                in.patch("tags", in::strings),
                in.patch("dueAt", in::instant));
        in.done();
        return changes;
    }

    /** An agent reference: a positive id or "me". */
    Long agent(JsonInput in, String field) {
        JsonValue value = in.raw(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString s && s.getString().equalsIgnoreCase("me")) {
            return caller.agentId(field);
        }
        if (value instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0) {
            return n.longValue();
        }
        in.error(field, "must be an agent id or \"me\"");
        return null;
    }

    private Set<Long> agents(JsonInput in, String field) {
        JsonValue value = in.raw(field);
        if (value == null || value == JsonValue.NULL) {
            return Set.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            in.error(field, "must be an array of agent ids (or \"me\")");
            return Set.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (JsonValue item : value.asJsonArray()) {
            if (item instanceof JsonString s && s.getString().equalsIgnoreCase("me")) {
                ids.add(caller.agentId(field));
            } else if (item instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0) {
                ids.add(n.longValue());
            } else {
                in.error(field, "must be an array of agent ids (or \"me\")");
                return Set.of();
            }
        }
        return ids;
    }
}
