package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Browsers on other sites: the IT server allows exactly https://tools.example.test
 * (switchboard.api.cors-origins); everyone else is refused, as every site is by default.
 */
class CorsIT {

    private static final String ALLOWED = "https://tools.example.test";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HttpResponse<String> preflight(String origin, String method, String headers) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/tickets/TKT-000001"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method);
        if (headers != null) {
            r.header("Access-Control-Request-Headers", headers);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPreflightFromTheAllowedSiteIsAnsweredWithoutCredentials() throws Exception {
        HttpResponse<String> answer = preflight(ALLOWED, "PATCH", "authorization, content-type, if-match");
        assertEquals(204, answer.statusCode(), answer.body());
        assertEquals(
                ALLOWED,
                answer.headers().firstValue("access-control-allow-origin").orElse(null));
        assertTrue(answer.headers()
                .firstValue("access-control-allow-methods")
                .orElse("")
                .contains("PATCH"));
        assertTrue(answer.headers()
                .firstValue("access-control-allow-headers")
                .orElse("")
                .contains("if-match"));
        assertTrue(answer.headers().firstValue("vary").orElse("").contains("Origin"));
        assertNull(
                answer.headers().firstValue("access-control-allow-credentials").orElse(null), "no cookies");
    }

    @Test
    void aPreflightFromAnyOtherSiteIsRefused() throws Exception {
        HttpResponse<String> answer = preflight("https://evil.example", "DELETE", "authorization");
        assertEquals(403, answer.statusCode());
        assertTrue(answer.body().contains("https://evil.example"), answer.body());
        assertTrue(answer.headers().firstValue("access-control-allow-origin").isEmpty());
        assertEquals(403, preflight(ALLOWED, "GET", "x-unknown").statusCode(), "only the headers the API takes");
    }

    @Test
    void answersNameTheAllowedSiteAndExposeTheHeadersAClientReads() {
        Api.Reply allowed = Api.as("agent").get("/api/v1/tickets", Map.of("Origin", ALLOWED));
        assertEquals(200, allowed.status());
        assertEquals(ALLOWED, allowed.header("access-control-allow-origin"));
        assertTrue(allowed.header("access-control-expose-headers").contains("ETag"));
        Api.Reply other = Api.as("agent").get("/api/v1/tickets", Map.of("Origin", "https://evil.example"));
        assertEquals(200, other.status(), "the server answers; the browser keeps it from the page");
        assertNull(other.header("access-control-allow-origin"));
    }
}
