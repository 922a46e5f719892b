package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 11, finding 1: a token acts for its owner as the owner is now, never as they were. */
class TokensFollowTheAccountIT {

    private static final String PASSWORD = "leaver-Pass 1";
    private final Registry registry = new Registry();
    private final Api admin = Api.as("admin");

    @AfterEach
    void putTheDemoUsersBack() {
        registry.restore();
    }

    private static Api leaver(String name) {
        return Api.as(name, PASSWORD);
    }

    private static List<String> roles(Api api) {
        Api.Reply me = api.get("/api/v1/me");
        assertEquals(200, me.status(), me.toString());
        return me.json().getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static String token(Api owner, String body) {
        Api.Reply created = owner.post("/api/v1/me/tokens", body);
        assertEquals(201, created.status(), created.toString());
        return created.json().getString("token");
    }

    @Test
    void aDemotedAdminsTokenLosesAdminAndADeletedOnesStopsAtOnce() {
        String name = "leaver-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        registry.withUser(name, PASSWORD, "agent", "supervisor", "admin");
        Registry.await(() -> leaver(name).get("/api/v1/me").status() == 200, "the new admin can sign in");
        Api token = Api.withToken(token(leaver(name), json("name", "automation")));
        assertEquals(200, token.get("/api/v1/plugins/instances").status());

        registry.withUser(name, PASSWORD, "agent");
        Registry.await(() -> roles(leaver(name)).equals(List.of("agent")), "the registry demoted the admin");
        Api.Reply demoted = token.get("/api/v1/plugins/instances");
        assertEquals(403, demoted.status(), "the token's admin scope is no longer the user's: " + demoted);
        assertEquals(List.of("agent"), roles(token));

        registry.restore();
        Registry.await(() -> leaver(name).get("/api/v1/me").status() == 401, "the registry forgot the user");
        Api.Reply deleted = token.get("/api/v1/tickets");
        assertEquals(401, deleted.status(), deleted.toString());
        assertTrue(deleted.isProblem(), deleted.toString());
    }

    @Test
    void aSwitchedOffAgentIsRefusedWithPasswordAndTokenFromTheNextRequest() {
        String name = "leaver-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        registry.withUser(name, PASSWORD, "agent");
        Registry.await(() -> leaver(name).get("/api/v1/me").status() == 200, "the new agent can sign in");
        Api.Reply record = admin.post("/api/v1/agents", json("username", name, "name", "Leaving Agent"));
        assertEquals(201, record.status(), record.toString());
        Api token = Api.withToken(token(leaver(name), json("name", "laptop")));
        assertEquals(200, token.get("/api/v1/tickets").status());

        String agent = "/api/v1/agents/" + record.json().getJsonNumber("id").longValue();
        assertEquals(200, admin.patch(agent, json("active", false), null).status());
        assertEquals(401, token.get("/api/v1/tickets").status(), "the token stops with the account");
        assertEquals(401, leaver(name).get("/api/v1/tickets").status(), "a remembered password too");

        assertEquals(200, admin.patch(agent, json("active", true), null).status());
        assertEquals(200, token.get("/api/v1/tickets").status(), "switched on again, the token works again");
    }

    @Test
    void aTokenNeverActsBeyondItsScope() {
        Api agentOnly = Api.withToken(token(
                admin,
                json(
                        "name",
                        "read-only",
                        "roles",
                        Json.createArrayBuilder().add("agent").build())));
        assertEquals(List.of("agent"), roles(agentOnly));
        assertEquals(403, agentOnly.get("/api/v1/plugins/instances").status());

        Api.Reply beyond = Api.as("agent")
                .post(
                        "/api/v1/me/tokens",
                        json(
                                "name",
                                "x",
                                "roles",
                                Json.createArrayBuilder().add("admin").build()));
        assertEquals(400, beyond.status(), beyond.toString());
        assertTrue(beyond.isProblem());
    }

    @Test
    void anAdminListsAndRevokesAnyonesTokensAndSeesWhenEachWasLastUsed() {
        Api supervisorToken = Api.withToken(token(Api.as("supervisor"), json("name", "supervisor's script")));
        assertEquals(200, supervisorToken.get("/api/v1/tickets").status());

        JsonObject listed = Fixtures.all(admin, "/api/v1/admin/tokens?username=supervisor").stream()
                .filter(t -> t.getString("name").equals("supervisor's script"))
                .findFirst()
                .orElseThrow();
        assertEquals("supervisor", listed.getString("username"));
        assertNotNull(Instant.parse(listed.getString("lastUsedAt")));
        assertFalse(listed.containsKey("token") && !listed.isNull("token"), "never the secret: " + listed);
        assertEquals(403, Api.as("supervisor").get("/api/v1/admin/tokens").status());

        Api.Reply revoked = admin.delete(
                "/api/v1/admin/tokens/" + listed.getJsonNumber("id").longValue());
        assertEquals(200, revoked.status(), revoked.toString());
        assertEquals(401, supervisorToken.get("/api/v1/tickets").status());
    }

    @Test
    void aTokenStopsAtItsExpiry() {
        Instant expiry = Instant.now().plusSeconds(15);
        Api shortLived = Api.withToken(token(Api.as("agent"), json("name", "short", "expiresAt", expiry.toString())));
        Api.Reply before = shortLived.get("/api/v1/tickets");
        assertEquals(200, before.status(), before.toString());
        Registry.await(() -> shortLived.get("/api/v1/tickets").status() == 401, "the token expired");
        assertFalse(Instant.now().isBefore(expiry), "refused only after its expiry");
    }
}
