package io.switchboard.interfaces.rest.openapi;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The answers the server's shared machinery gives to any operation of a kind: the problems of
 * authentication, throttling, bad input, missing resources, preconditions and bodies, and the
 * headers of created, versioned and paged answers.
 */
final class StandardResponses {

    private static final Map<String, String> PROBLEMS = Map.ofEntries(
            Map.entry("400", "Bad input: every invalid field, parameter or header is listed in errors"),
            Map.entry("401", "No valid credentials (HTTP Basic or a bearer token)"),
            Map.entry("403", "The caller lacks the role the operation needs (named in requiredRoles)"),
            Map.entry("404", "No such resource (or it was deleted)"),
            Map.entry("409", "Conflicts with the current state (an illegal workflow move, a duplicate)"),
            Map.entry("412", "If-Match names a version that is no longer current"),
            Map.entry("413", "The body is larger than the server accepts"),
            Map.entry("415", "The body's media type is not one the operation accepts"),
            Map.entry("422", "Understood but refused (an Idempotency-Key reused with another body)"),
            Map.entry("428", "If-Match is required: send the ETag you last read"),
            Map.entry("429", "Too many requests: wait for Retry-After seconds"));

    private StandardResponses() {}

    static void complete(HttpMethod verb, String path, Operation operation, OperationFacts facts) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean write = verb != HttpMethod.GET && verb != HttpMethod.HEAD;
        if (!facts.isPublic()) {
            problem(responses, "401");
            problem(responses, "403");
        } else {
            problem(responses, "401");
        }
        problem(responses, "400");
        if (path.contains("{")) {
            problem(responses, "404");
        }
        if (write) {
            problem(responses, "409");
            problem(responses, "422");
        }
        if (operation.getRequestBody() != null) {
            problem(responses, "413");
            problem(responses, "415");
        }
        Parameter ifMatch = header(operation, "If-Match");
        if (ifMatch != null) {
            problem(responses, "412");
            if (Boolean.TRUE.equals(ifMatch.getRequired())) {
                problem(responses, "428");
            }
        }
        problem(responses, "429").addHeader("Retry-After", headerRef("Retry-After"));
        successHeaders(verb, operation, responses, facts);
        sort(responses);
    }

    private static void successHeaders(
            HttpMethod verb, Operation operation, APIResponses responses, OperationFacts facts) {
        APIResponse created = responses.getAPIResponse("201");
        if (created != null) {
            created.addHeader("Location", headerRef("Location"));
            if (header(operation, "Idempotency-Key") != null) {
                created.addHeader("Idempotent-Replayed", headerRef("Idempotent-Replayed"));
            }
        }
        if (facts.etagged()) {
            for (String code : new String[] {"200", "201"}) {
                APIResponse ok = responses.getAPIResponse(code);
                if (ok != null) {
                    ok.addHeader("ETag", headerRef("ETag"));
                }
            }
            if (facts.conditional() && header(operation, "If-None-Match") == null) {
                operation.addParameter(OASFactory.createParameter()
                        .name("If-None-Match")
                        .in(Parameter.In.HEADER)
                        .description("An ETag you hold; 304 when it is still current")
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING))
                        .example("\"3\""));
            }
            if (facts.conditional() && responses.getAPIResponse("304") == null) {
                responses.addAPIResponse(
                        "304",
                        OASFactory.createAPIResponse()
                                .description("Not modified: If-None-Match names the current version")
                                .addHeader("ETag", headerRef("ETag")));
            }
        }
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null && facts.paged()) {
            ok.addHeader("Link", headerRef("Link"));
        }
    }

    private static APIResponse problem(APIResponses responses, String code) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing == null) {
            existing = OASFactory.createAPIResponse().description(PROBLEMS.get(code));
            responses.addAPIResponse(code, existing);
        }
        if (existing.getDescription() == null || existing.getDescription().isBlank()) {
            existing.setDescription(PROBLEMS.get(code));
        }
        existing.setContent(OASFactory.createContent()
                .addMediaType(
                        SharedParts.PROBLEM_JSON,
                        OASFactory.createMediaType().schema(SharedParts.ref(SharedParts.PROBLEM))));
        return existing;
    }

    static Parameter header(Operation operation, String name) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))
                .findFirst()
                .orElse(null);
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }

    private static void sort(APIResponses responses) {
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        responses.setAPIResponses(sorted);
    }
}
