package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityIT {

    private final Api agent = Api.as("agent");

    /** Every operation in the published API document, with its path parameters filled in. */
    private static List<String[]> operations() {
        Api.Reply doc = Api.anonymous().get("/openapi", Map.of("Accept", "application/json"));
        assertEquals(200, doc.status(), doc.text());
        JsonObject paths = doc.json().getJsonObject("paths");
        List<String[]> ops = new ArrayList<>();
        for (String path : paths.keySet()) {
            for (String method : paths.getJsonObject(path).keySet()) {
                if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    ops.add(new String[] {method.toUpperCase(), path.replaceAll("\\{[^}]+}", "1")});
                }
            }
        }
        return ops;
    }

    @Test
    void everyOperationInTheApiDocumentRefusesAnAnonymousCaller() {
        List<String[]> ops = operations();
        assertTrue(ops.size() > 40, "the document lists the whole API, found " + ops.size());
        List<String> open = new ArrayList<>();
        for (String[] op : ops) {
            Api.Reply reply = Api.anonymous().raw(op[0], op[1], "application/json", "{}".getBytes());
            if (reply.status() != 401 || !reply.isProblem()) {
                open.add(op[0] + " " + op[1] + " -> " + reply.status());
            }
        }
        assertEquals(List.of(), open);
    }

    @Test
    void wrongPasswordsAndUnknownSchemesAre401() {
        assertEquals(401, Api.as("agent", "wrong").get("/api/v1/tickets").status());
        assertEquals(401, Api.as("nobody", "switchboard").get("/api/v1/tickets").status());
        assertEquals(
                401,
                Api.withToken("sbt_not-a-real-token").get("/api/v1/tickets").status());
        Api.Reply reply = Api.anonymous().get("/api/v1/tickets");
        assertTrue(reply.header("www-authenticate").startsWith("Basic"));
    }

    @Test
    void rolesNest() {
        assertEquals(List.of("agent"), roles(agent));
        assertEquals(List.of("agent", "supervisor"), roles(Api.as("supervisor")));
        assertEquals(List.of("agent", "supervisor", "admin"), roles(Api.as("admin")));
        assertEquals(403, agent.post("/api/v1/admin/import/tickets", "[]").status());
        assertEquals(
                403,
                Api.as("supervisor")
                        .post("/api/v1/agents", json("username", "x", "name", "x"))
                        .status());
    }

    private static List<String> roles(Api api) {
        return api.get("/api/v1/me").json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    @Test
    void aPersonalTokenWorksUntilRevokedAndIsNeverShownAgain() {
        Api.Reply created = agent.post("/api/v1/me/tokens", json("name", "CI pipeline"));
        assertEquals(201, created.status(), created.text());
        assertEquals("no-store", created.header("cache-control"));
        String token = created.json().getString("token");
        assertTrue(token.startsWith("sbt_"));
        Api bearer = Api.withToken(token);
        assertEquals(200, bearer.get("/api/v1/tickets").status());
        Api.Reply ticket = bearer.post("/api/v1/tickets", json("summary", "made with a token"));
        assertEquals("agent", ticket.json().getString("createdBy"));
        assertEquals(
                403,
                bearer.delete(Fixtures.path(ticket.json())).status(),
                "a token carries its owner's roles, no more");

        Api.Reply listed = agent.get("/api/v1/me/tokens");
        assertFalse(listed.text().contains(token));
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(404, Api.as("supervisor").delete("/api/v1/me/tokens/" + id).status(), "only the owner revokes");
        assertEquals(200, agent.delete("/api/v1/me/tokens/" + id).status());
        assertEquals(401, bearer.get("/api/v1/tickets").status());
    }

    @Test
    void anExpiredTokenIsRefusedAtCreation() {
        Api.Reply reply = agent.post("/api/v1/me/tokens", json("name", "old", "expiresAt", "2020-01-01T00:00:00Z"));
        assertEquals(400, reply.status());
    }
}
