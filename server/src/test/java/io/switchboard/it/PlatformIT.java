package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformIT {

    @Test
    void healthReportsTheDatabaseWithoutLogin() {
        Api.Reply health = Api.anonymous().get("/health");
        assertEquals(200, health.status(), health.text());
        JsonObject body = health.json();
        assertEquals("UP", body.getString("status"));
        assertTrue(
                body.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                        .anyMatch(c -> c.getString("name").equals("database")
                                && c.getString("status").equals("UP")),
                body.toString());
    }

    @Test
    void theApiIsDocumentedInOpenApiWithAUi() {
        Api.Reply doc = Api.anonymous().get("/openapi", Map.of("Accept", "application/json"));
        assertEquals(200, doc.status());
        assertTrue(doc.json().getJsonObject("paths").containsKey("/api/v1/tickets"));
        assertEquals(200, Api.anonymous().get("/openapi/ui/").status());
    }

    @Test
    void metricsAreExposedToAdminsOnly() {
        // TransportSecurityIT has the whole story: admin and metrics roles, over HTTPS.
        Api.Reply plain = Api.anonymous().get("/metrics");
        assertEquals(302, plain.status(), "credentials for /metrics only over HTTPS");
        assertTrue(plain.header("location").startsWith("https://"), plain.toString());
    }
}
