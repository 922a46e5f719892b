package io.switchboard.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every exchange the integration tests make with /api/v1 is checked against the OpenAPI document
 * the server under test serves, with Atlassian's swagger-request-validator:
 *
 * <ul>
 *   <li>the answer must be one the document declares for that operation, with its headers and
 *       a body that fits its schema;
 *   <li>a request the server accepted (any answer below 400) must fit the document too: a server
 *       that takes what its document forbids has drifted from it. Requests the server refused
 *       are the tests' deliberate bad input, and only their answers are checked.
 * </ul>
 *
 * A mismatch fails the test that made the exchange, in every integration test.
 */
final class ContractCheck {

    private static final String API = "/api/v1";
    /**
     * The tests' helper sends "{}" to actions that take no body (POST .../restore); the server
     * ignores such a body, so it is no contract break.
     */
    private static final Set<String> IGNORED = Set.of("validation.request.body.unexpected");

    private static volatile OpenApiInteractionValidator validator;

    private ContractCheck() {}

    static void exchange(HttpRequest request, byte[] body, Map<String, List<String>> headers, Api.Reply reply) {
        String path = request.uri().getRawPath();
        if (!path.startsWith(API + "/") && !path.equals(API)) {
            return;
        }
        if (request.method().equals("OPTIONS")
                && request.headers().firstValue("Access-Control-Request-Method").isPresent()) {
            return; // a CORS preflight belongs to the browser's protocol, not to an operation of the API
        }
        ValidationReport report = validator().validate(request(request, body), response(headers, reply));
        List<String> wrong = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> reply.status() < 400 || !m.getKey().startsWith("validation.request"))
                .filter(m -> !IGNORED.contains(m.getKey()))
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
        if (wrong.isEmpty()) {
            return;
        }
        throw new AssertionError("The exchange does not match the API document (/openapi):\n  "
                + request.method() + " " + request.uri().getRawPath()
                + (request.uri().getRawQuery() == null
                        ? ""
                        : "?" + request.uri().getRawQuery())
                + " -> " + reply.status() + "\n  " + String.join("\n  ", wrong)
                + "\n  answer: " + abbreviated(reply.text()));
    }

    private static Request request(HttpRequest request, byte[] body) {
        SimpleRequest.Builder b =
                new SimpleRequest.Builder(request.method(), request.uri().getRawPath());
        request.headers().map().forEach((name, values) -> b.withHeader(name, values));
        String query = request.uri().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                b.withQueryParam(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        if (body != null && body.length > 0) {
            b.withBody(body);
        }
        return b.build();
    }

    private static com.atlassian.oai.validator.model.Response response(
            Map<String, List<String>> headers, Api.Reply reply) {
        SimpleResponse.Builder b = SimpleResponse.Builder.status(reply.status());
        headers.forEach((name, values) -> {
            if (!name.equals(":status")) {
                b.withHeader(name, values);
            }
        });
        if (reply.bytes().length > 0) {
            b.withBody(reply.bytes());
        }
        return b.build();
    }

    private static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (ContractCheck.class) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document())
                            .withStrictOperationPathMatching()
                            .build();
                }
            }
        }
        return validator;
    }

    /** The document the server under test serves, fetched once per test JVM. */
    private static String document() {
        try {
            HttpResponse<String> doc = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(Api.BASE + "/openapi"))
                                    .header("Accept", "application/json")
                                    .timeout(Duration.ofSeconds(60))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (doc.statusCode() != 200) {
                throw new AssertionError("GET /openapi answered " + doc.statusCode());
            }
            return doc.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviated(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
