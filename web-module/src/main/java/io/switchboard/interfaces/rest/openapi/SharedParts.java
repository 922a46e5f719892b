package io.switchboard.interfaces.rest.openapi;

import io.switchboard.interfaces.rest.body.AdminShapes;
import io.switchboard.interfaces.rest.body.AgentId;
import io.switchboard.interfaces.rest.body.TicketReference;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/** The components every operation refers to: the Problem body, the agent reference and the headers. */
final class SharedParts {

    static final String PROBLEM = "Problem";
    static final String AGENT_REF = "AgentRef";
    static final String PROBLEM_JSON = "application/problem+json";
    static final java.util.Set<String> NAMES = java.util.Set.of(PROBLEM, AGENT_REF, "TicketReference", "BulkTicket");

    private SharedParts() {}

    /** The shared component a placeholder type of a request shape stands for, or null. */
    static String standsFor(Class<?> type) {
        if (type == AgentId.class) {
            return AGENT_REF;
        }
        if (type == TicketReference.class) {
            return "TicketReference";
        }
        if (type == AdminShapes.BulkTicket.class) {
            return "BulkTicket";
        }
        return null;
    }

    static void addTo(Components components) {
        components.addSchema(PROBLEM, problem());
        components.addSchema(AGENT_REF, agentRef());
        components.addSchema(
                "TicketReference",
                OASFactory.createSchema()
                        .description("A ticket id, or its number")
                        .oneOf(List.of(
                                OASFactory.createSchema()
                                        .type(SchemaType.INTEGER)
                                        .format("int64")
                                        .nullable(Boolean.TRUE)
                                        .minimum(java.math.BigDecimal.ONE),
                                string().pattern("^TKT-[0-9]+$")))
                        .example("TKT-000042"));
        components.addSchema(
                "BulkTicket",
                OASFactory.createSchema()
                        .description("A ticket number, or its number and the version you last read")
                        .oneOf(List.of(string().example("TKT-000001"), ref("BulkTicketVersion")))
                        .example("TKT-000001"));
        header(components, "ETag", "The resource's version; send it back in If-Match.", string().example("\"3\""));
        header(
                components,
                "Location",
                "Where the created resource can be fetched.",
                string().format("uri").example("https://desk.example.com/api/v1/tickets/TKT-000123"));
        header(
                components,
                "Idempotent-Replayed",
                "true when this answer is the stored first answer to the same Idempotency-Key and body.",
                string().enumeration(List.<Object>of("true")));
        header(
                components,
                "Retry-After",
                "Seconds to wait before trying again.",
                OASFactory.createSchema().type(SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO));
        header(
                components,
                "Link",
                "RFC 8288 links to the first, previous, next and last page (rel=first|prev|next|last).",
                string().example("<https://desk.example.com/api/v1/tickets?page=2&pageSize=25>; rel=\"next\""));
    }

    static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    private static void header(Components components, String name, String description, Schema schema) {
        Header header = OASFactory.createHeader().description(description).schema(schema);
        components.addHeader(name, header);
    }

    private static Schema string() {
        return OASFactory.createSchema().type(SchemaType.STRING);
    }

    /** RFC 9457 plus the field errors of a validation failure. */
    private static Schema problem() {
        Schema fieldError = OASFactory.createSchema()
                .type(SchemaType.OBJECT)
                .required(List.of("field", "message"))
                .properties(Map.of(
                        "field",
                                string().description("The field, parameter or header at fault")
                                        .example("summary"),
                        "message", string().example("is required")));
        return OASFactory.createSchema()
                .type(SchemaType.OBJECT)
                .description("An RFC 9457 problem: the one shape of every error the API returns.")
                .required(List.of("type", "title", "status"))
                .properties(Map.of(
                        "type",
                        string().format("uri").example("https://switchboard.io/problems/invalid-input"),
                        "title",
                        string().example("Bad Request"),
                        "status",
                        OASFactory.createSchema().type(SchemaType.INTEGER).example(400),
                        "detail",
                        string().example("The request has 1 invalid field."),
                        "instance",
                        string().format("uri-reference")
                                .description("The request that failed")
                                .example("/api/v1/tickets"),
                        "requiredRoles",
                        OASFactory.createSchema()
                                .type(SchemaType.ARRAY)
                                .description("On a 403: the roles of which the operation needs one")
                                .items(string()),
                        "errors",
                        OASFactory.createSchema().type(SchemaType.ARRAY).items(fieldError)));
    }

    /** An agent id, or "me" for the caller's own agent. */
    private static Schema agentRef() {
        return OASFactory.createSchema()
                .description("An agent id, or \"me\" for the caller; null where the field can be cleared")
                .oneOf(List.of(
                        OASFactory.createSchema()
                                .type(SchemaType.INTEGER)
                                .format("int64")
                                .minimum(java.math.BigDecimal.ONE)
                                .nullable(Boolean.TRUE)
                                .example(12),
                        string().enumeration(List.<Object>of("me"))))
                .example("me");
    }
}
