package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The document the server serves is a contract a generated client can rely on. Each failure
 * names the operation and says what to add to its resource method, so a new endpoint cannot
 * slip in undocumented.
 */
class OpenApiContractIT {

    private static final List<String> VERBS = List.of("get", "post", "put", "patch", "delete", "head");
    private static JsonObject doc;

    @BeforeAll
    static void fetch() {
        Api.Reply reply = Api.anonymous().get("/openapi", Map.of("Accept", "application/json"));
        assertEquals(200, reply.status(), reply.text());
        doc = reply.json();
    }

    private interface Check {
        void on(String name, JsonObject op, List<String> failures);
    }

    private static List<String> each(Check check) {
        List<String> failures = new ArrayList<>();
        JsonObject paths = doc.getJsonObject("paths");
        int count = 0;
        for (String path : paths.keySet()) {
            for (String verb : paths.getJsonObject(path).keySet()) {
                if (VERBS.contains(verb)) {
                    count++;
                    check.on(
                            verb.toUpperCase() + " " + path,
                            paths.getJsonObject(path).getJsonObject(verb),
                            failures);
                }
            }
        }
        assertTrue(count > 100, "the document lists the whole API, found " + count + " operations");
        return failures;
    }

    @Test
    void everyOperationHasAnOperationIdASummaryAndADescribedTag() {
        Set<String> described = new HashSet<>();
        doc.getJsonArray("tags").getValuesAs(JsonObject.class).forEach(t -> {
            if (!t.getString("description", "").isBlank()) {
                described.add(t.getString("name"));
            }
        });
        Set<String> ids = new HashSet<>();
        List<String> failures = each((name, op, out) -> {
            String id = op.getString("operationId", "");
            if (id.isBlank()) {
                out.add(name + ": no operationId; add operationId = \"verbNoun\" (like createTicket) to the"
                        + " method's @Operation");
            } else if (!id.matches("[a-z][A-Za-z0-9]+")) {
                out.add(name + ": operationId " + id + " is not lowerCamelCase");
            } else if (!ids.add(id)) {
                out.add(name + ": operationId " + id + " is used by another operation; choose a unique one");
            }
            if (op.getString("summary", "").isBlank()) {
                out.add(name + ": no summary; add summary = \"...\" to the method's @Operation");
            }
            if (!op.containsKey("tags") || op.getJsonArray("tags").isEmpty()) {
                out.add(name + ": no tag; add @Tag(name = \"...\") to the resource class");
            } else {
                for (JsonString tag : op.getJsonArray("tags").getValuesAs(JsonString.class)) {
                    if (!described.contains(tag.getString())) {
                        out.add(name + ": tag \"" + tag.getString() + "\" has no description; add it to the tags"
                                + " of @OpenAPIDefinition on SwitchboardApi");
                    }
                }
            }
        });
        assertEquals(List.of(), failures);
    }

    @Test
    void everyOperationStatesItsRolesAndItsAnswers() {
        List<String> failures = each((name, op, out) -> {
            boolean open =
                    op.containsKey("security") && op.getJsonArray("security").isEmpty();
            if (!open
                    && (!op.containsKey("x-roles") || op.getJsonArray("x-roles").isEmpty())) {
                out.add(name + ": no roles; add @RolesAllowed to the method or its resource class (and check"
                        + " that ResourceIndex sees the class: it needs @Path and a CDI scope)");
            }
            JsonObject responses = op.getJsonObject("responses");
            boolean success = responses.keySet().stream().anyMatch(c -> c.matches("[23]\\d\\d"));
            if (!success) {
                out.add(name + ": no success answer; add @APIResponse(responseCode = \"200\"|\"201\"|\"204\", ...)");
            }
            for (String code : List.of("400", "401", "429")) {
                if (!responses.containsKey(code)) {
                    out.add(name + ": answer " + code + " is not declared");
                }
            }
            if (!open && !responses.containsKey("403")) {
                out.add(name + ": answer 403 is not declared");
            }
            for (String code : responses.keySet()) {
                if (code.startsWith("4") && !problemSchema(responses.getJsonObject(code))) {
                    out.add(name + ": answer " + code + " is not an application/problem+json Problem");
                }
                if (responses.getJsonObject(code).getString("description", "").isBlank()) {
                    out.add(name + ": answer " + code + " has no description");
                }
            }
            if (responses.containsKey("201")
                    && !responses.getJsonObject("201").getJsonObject("headers").containsKey("Location")) {
                out.add(name + ": 201 without a Location header");
            }
        });
        assertEquals(List.of(), failures);
    }

    @Test
    void everyParameterIsTypedAndEveryPathParameterHasAnExample() {
        List<String> failures = each((name, op, out) -> {
            if (!op.containsKey("parameters")) {
                return;
            }
            for (JsonObject p : op.getJsonArray("parameters").getValuesAs(JsonObject.class)) {
                String where = name + " parameter " + p.getString("name") + " (" + p.getString("in") + ")";
                JsonObject schema = p.getJsonObject("schema");
                if (schema == null
                        || !(schema.containsKey("type") || schema.containsKey("$ref") || schema.containsKey("oneOf"))) {
                    out.add(where + ": no type; add @Parameter(schema = @Schema(...)) or type the Java parameter");
                }
                if ("path".equals(p.getString("in")) && !p.containsKey("example") && !p.containsKey("examples")) {
                    out.add(where + ": no example; add @Parameter(example = \"...\")");
                }
                if ("If-Match".equals(p.getString("name"))
                        && p.getBoolean("required", false)
                        && !op.getJsonObject("responses").containsKey("428")) {
                    out.add(where + ": required If-Match without a 428 answer");
                }
            }
        });
        assertEquals(List.of(), failures);
    }

    /**
     * Example-driven tools (dredd, Postman, prism's mock) build a request from the examples: every
     * field of every JSON body needs one, on the field or on the schema it refers to. Uploads are
     * files, and a provider's callback is the provider's own JSON, so both are left out.
     */
    @Test
    void everyFieldOfEveryJsonBodyHasAnExample() {
        List<String> failures = each((name, op, out) -> {
            JsonObject body = op.getJsonObject("requestBody");
            if (body == null || name.contains("/webhooks/")) {
                return;
            }
            for (Map.Entry<String, JsonValue> media :
                    body.getJsonObject("content").entrySet()) {
                if (media.getKey().contains("json")) {
                    JsonObject type = media.getValue().asJsonObject();
                    if (!type.containsKey("example") && !type.containsKey("examples")) {
                        missingExamples(type.getJsonObject("schema"), name + " " + media.getKey(), 0, out);
                    }
                }
            }
        });
        assertEquals(List.of(), failures);
    }

    private static void missingExamples(JsonObject schema, String where, int depth, List<String> out) {
        JsonObject resolved = resolve(schema);
        if (depth > 6 || hasExample(schema) || hasExample(resolved)) {
            return;
        }
        if (resolved.containsKey("properties")) {
            JsonObject properties = resolved.getJsonObject("properties");
            for (String field : properties.keySet()) {
                missingExamples(properties.getJsonObject(field), where + " ." + field, depth + 1, out);
            }
        } else if (resolved.containsKey("items")) {
            missingExamples(resolved.getJsonObject("items"), where + "[]", depth + 1, out);
        } else {
            out.add(where + ": no example; add @Schema(example = \"...\") to the body record's field");
        }
    }

    private static boolean hasExample(JsonObject schema) {
        return schema.containsKey("example")
                || schema.containsKey("examples")
                || schema.containsKey("enum")
                || schema.containsKey("default");
    }

    private static JsonObject resolve(JsonObject schema) {
        JsonObject s = schema;
        while (s.containsKey("$ref")) {
            String ref = s.getString("$ref");
            s = doc.getJsonObject("components")
                    .getJsonObject("schemas")
                    .getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return s;
    }

    @Test
    void theSharedPartsExist() {
        JsonObject components = doc.getJsonObject("components");
        JsonObject problem = components.getJsonObject("schemas").getJsonObject("Problem");
        for (String field : List.of("type", "title", "status", "detail", "instance", "errors")) {
            assertTrue(problem.getJsonObject("properties").containsKey(field), "Problem." + field);
        }
        for (String header : List.of("ETag", "Location", "Idempotent-Replayed", "Retry-After", "Link")) {
            assertTrue(components.getJsonObject("headers").containsKey(header), "header " + header);
        }
        JsonObject getTicket = doc.getJsonObject("paths")
                .getJsonObject("/api/v1/tickets/{ref}")
                .getJsonObject("get");
        assertTrue(getTicket.getJsonObject("responses").containsKey("304"), getTicket.toString());
        assertTrue(
                getTicket
                        .getJsonObject("responses")
                        .getJsonObject("200")
                        .getJsonObject("headers")
                        .containsKey("ETag"),
                getTicket.toString());
    }

    /** The served document, written to target/openapi/served.json for whoever reviews it. */
    @Test
    void theServedDocumentIsKeptForReview() throws java.io.IOException {
        java.nio.file.Path served = java.nio.file.Path.of("target", "openapi", "served.json");
        java.nio.file.Files.createDirectories(served.getParent());
        java.nio.file.Files.writeString(served, pretty(doc));
        assertTrue(java.nio.file.Files.size(served) > 0);
    }

    private static String pretty(JsonObject json) {
        java.io.StringWriter out = new java.io.StringWriter();
        jakarta.json.Json.createWriterFactory(Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)
                .write(json);
        return out.toString().strip() + "\n";
    }

    private static boolean problemSchema(JsonObject response) {
        JsonObject content = response.getJsonObject("content");
        if (content == null || !content.containsKey("application/problem+json")) {
            return false;
        }
        JsonValue schema = content.getJsonObject("application/problem+json").get("schema");
        return schema instanceof JsonObject s && "#/components/schemas/Problem".equals(s.getString("$ref", ""));
    }
}
