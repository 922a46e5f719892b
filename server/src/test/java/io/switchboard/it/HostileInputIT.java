package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, findings 2 and 4: what a hostile client sends gets a 4xx problem+json, never a 500,
 * and never a stack trace in the log.
 */
class HostileInputIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Api admin = Api.as("admin");

    /** From a client address of its own (the IT server trusts 127.0.0.1 as a proxy), so its failures throttle no other test. */
    private static final String CLIENT = "198.51.100." + (1 + new java.util.Random().nextInt(250));

    private static HttpResponse<String> withAuthorization(String header) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/tickets"))
                        .header("Authorization", header)
                        .header("X-Forwarded-For", CLIENT)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertNoStackTrace(ServerLog log) {
        String written = log.sinceMark();
        assertFalse(
                written.contains("\tat ") || written.contains("Caused by") || written.contains("Error Page Exception"),
                "the log got a stack trace:\n" + written);
    }

    @Test
    void everyMalformedAuthorizationHeaderIs401ProblemJson() throws Exception {
        List<String> headers = List.of(
                "Basic !!!",
                "Basic Zm9v", // "foo": no colon
                "Basic Og==", // ":" : no user
                "Basic",
                "Basic ",
                "basic %%%%",
                "Basic " + "QUFB".repeat(3000),
                "Bearer",
                "Bearer ",
                "Bearer sbt_" + "x".repeat(500),
                "Bearer !!!",
                "Digest username=\"admin\"",
                "Negotiate YIIB",
                "sbt_naked",
                "Basic YWRtaW46c3dpdGNoYm9hcmQ=,Basic !!!");
        List<String> wrong = new ArrayList<>();
        ServerLog log = ServerLog.mark();
        for (String header : headers) {
            HttpResponse<String> reply = withAuthorization(header);
            String type = reply.headers().firstValue("content-type").orElse("");
            if (reply.statusCode() != 401 || !type.startsWith("application/problem+json")) {
                wrong.add(
                        header.substring(0, Math.min(40, header.length())) + " -> " + reply.statusCode() + " " + type);
            }
        }
        assertEquals(List.of(), wrong);
        assertNoStackTrace(log);
    }

    @Test
    void aFloodOfBadHeadersFromOneClientWritesAFewLinesNotMegabytes() throws Exception {
        ServerLog log = ServerLog.mark();
        for (int i = 0; i < 300; i++) {
            int status = withAuthorization(i % 2 == 0 ? "Basic !!!" : "Basic Zm9vOmJhcg==")
                    .statusCode();
            assertTrue(status == 401 || status == 429, "refused, or throttled once foo:bar failed often: " + status);
        }
        long written = log.bytesSinceMark();
        assertTrue(written < 2_000, "300 refusals wrote " + written + " bytes:\n" + log.sinceMark());
        assertNoStackTrace(log);
    }

    private void refused400(String method, String path, String body) {
        Api.Reply reply = admin.raw(method, path, "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(
                400,
                reply.status(),
                method + " " + path + ": "
                        + reply.text().substring(0, Math.min(300, reply.text().length())));
        assertTrue(reply.isProblem(), reply.header("content-type"));
    }

    @Test
    void jsonPastItsBoundsIs400BeforeAnythingBindsItAndLogsNothing() {
        ServerLog log = ServerLog.mark();
        String deep = "[".repeat(1001) + "]".repeat(1001);
        refused400("POST", "/api/v1/tickets", "{\"summary\":" + deep + "}");
        refused400("POST", "/api/v1/tickets", deep);
        refused400("POST", "/api/v1/companies", "{\"name\":" + "7".repeat(1100) + "}");
        refused400("POST", "/api/v1/companies", "{\"name\":\"" + "x".repeat(300_000) + "\"}");
        assertNoStackTrace(log);
    }

    @Test
    void contentAfterTheFirstJsonValueIsRefusedNotIgnored() {
        long companies = admin.get("/api/v1/companies").total();
        refused400("POST", "/api/v1/companies", "{\"name\":\"Trailing Ltd\"} {\"name\":\"Second\"}");
        refused400("POST", "/api/v1/companies", "{\"name\":\"Trailing Ltd\"}garbage");
        assertEquals(companies, admin.get("/api/v1/companies").total(), "nothing was created");
    }

    @Test
    void anSlaTargetBeyondALongOrADurationIs400() {
        ServerLog log = ServerLog.mark();
        for (String minutes : List.of("9223372036854775807", "9223372036854775808", "1e30", "-9223372036854775808")) {
            Api.Reply reply = admin.put(
                    "/api/v1/sla-policies/high",
                    "{\"firstResponseMinutes\":" + minutes + ",\"resolutionMinutes\":" + minutes + "}",
                    null);
            assertEquals(400, reply.status(), minutes + ": " + reply.text());
            assertTrue(reply.isProblem());
        }
        assertNoStackTrace(log);
    }

    @Test
    void anExportWithAnUnknownStatusIs400ProblemJson() {
        ServerLog log = ServerLog.mark();
        PortalSession portal = new PortalSession();
        assertEquals(302, portal.signIn("agent", "switchboard").statusCode());
        HttpResponse<String> reply = portal.get("/export/tickets.csv?status=bogus");
        assertEquals(400, reply.statusCode(), reply.body());
        assertTrue(reply.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
        assertTrue(reply.body().contains("status"), reply.body());
        assertEquals(200, portal.get("/export/tickets.csv?status=open").statusCode(), "a good filter still exports");
        assertNoStackTrace(log);
    }

    @Test
    void aValidBodyStillWorks() {
        Api.Reply created = admin.post("/api/v1/companies", json("name", Fixtures.unique("Bounds Ltd")));
        assertEquals(201, created.status(), created.text());
    }
}
