package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, finding 3: failed sign-ins are throttled per account and per client address, on the
 * API and the portal, with 429, Retry-After and increasing delays, and audited for the admin.
 * Each test plays clients at addresses of its own (X-Forwarded-For through the trusted 127.0.0.1).
 */
class LoginThrottleIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Random RANDOM = new Random();

    private static String someAddress() {
        return "203.0.113." + (1 + RANDOM.nextInt(250));
    }

    static HttpResponse<String> signIn(String user, String password, String from) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/me"))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(
                                                            (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                            .header("X-Forwarded-For", from)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static long retryAfter(HttpResponse<String> reply) {
        return Long.parseLong(reply.headers().firstValue("Retry-After").orElseThrow());
    }

    /**
     * Waits out the current block with wrong passwords (refused unchecked while it lasts), lets one
     * more be checked and refused, and returns the wait that earned. On a slow machine the next try
     * may already fall after that wait, and count again: then it tries on until it meets a wait.
     */
    private static long failOnceMore(String user, String from) {
        Registry.await(() -> signIn(user, "guess-" + RANDOM.nextInt(), from).statusCode() == 401, "the wait passed");
        while (true) {
            HttpResponse<String> after = signIn(user, "another-guess", from);
            if (after.statusCode() == 429) {
                assertTrue(
                        after.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
                return retryAfter(after);
            }
            assertEquals(401, after.statusCode(), after.body());
        }
    }

    @Test
    void wrongPasswordsForOneAccountEarnIncreasingWaitsAndThenEvenTheRightOneWaits() {
        String attacker = someAddress();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> reply = signIn("supervisor", "guess-" + i, attacker);
            assertEquals(401, reply.statusCode(), "within the allowance every guess is checked: " + reply.body());
        }
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            waits.add(failOnceMore("supervisor", attacker));
        }
        for (int i = 1; i < waits.size(); i++) {
            assertTrue(
                    waits.get(i) > waits.get(i - 1) && waits.get(i) <= 2 * waits.get(i - 1) + 1,
                    "each failure past the allowance doubles the wait: " + waits);
        }
        HttpResponse<String> throttled = signIn("supervisor", "switchboard", attacker);
        assertEquals(429, throttled.statusCode(), "while it waits, the right password is not even checked");

        assertEquals(
                200,
                signIn("supervisor", "switchboard", "198.18.0." + (1 + RANDOM.nextInt(250)))
                        .statusCode(),
                "the account itself is not locked: its owner signs in from elsewhere");
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottledForAllOfThem() {
        String sprayer = "192.0.2." + (1 + RANDOM.nextInt(250));
        for (int i = 0; i < 21; i++) {
            assertEquals(
                    401,
                    signIn("nobody-" + i + "-" + RANDOM.nextInt(1000), "password1", sprayer)
                            .statusCode());
        }
        HttpResponse<String> reply = signIn("agent", "switchboard", sprayer);
        assertEquals(429, reply.statusCode(), reply.body());
        assertTrue(retryAfter(reply) >= 1);
        assertEquals(200, Api.as("agent").get("/api/v1/me").status(), "other addresses are not affected");
    }

    @Test
    void thePortalThrottlesTooAndSaysForHowLong() {
        String attacker = someAddress();
        PortalSession portal = new PortalSession(attacker);
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> page = portal.signIn("agent", "wrong-" + i);
            assertEquals(401, page.statusCode(), "the login page again, with its message");
            assertTrue(page.body().contains("Wrong user name or password"));
        }
        HttpResponse<String> throttled = portal.signIn("agent", "switchboard");
        assertEquals(429, throttled.statusCode());
        assertTrue(throttled.headers().firstValue("Retry-After").isPresent());
        assertTrue(throttled.body().contains("Too many failed sign-ins"), throttled.body());
        assertEquals(
                302,
                new PortalSession(someAddress()).signIn("agent", "switchboard").statusCode());
    }

    @Test
    void failuresAreAuditedForTheAdminOverTheApiAndOnTheAgentsPage() {
        String from = someAddress();
        String name = "audited-" + RANDOM.nextInt(100_000);
        for (int i = 0; i < 7; i++) {
            signIn(name, "guess", from);
        }
        List<JsonObject> rows = Fixtures.all(Api.as("admin"), "/api/v1/admin/login-failures?limit=500").stream()
                .filter(r -> r.getString("username").equals(name))
                .toList();
        assertTrue(
                rows.stream()
                        .anyMatch(r -> r.getString("outcome").equals("refused")
                                && r.getString("address").equals(from)
                                && r.getString("channel").equals("api")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.getString("outcome").equals("throttled")), rows.toString());
        assertEquals(
                403, Api.as("supervisor").get("/api/v1/admin/login-failures").status());

        PortalSession admin = new PortalSession();
        assertEquals(302, admin.signIn("admin", "switchboard").statusCode());
        String page = admin.get("/admin/agents.xhtml").body();
        assertTrue(page.contains("Recent failed sign-ins") && page.contains(name) && page.contains(from), page);
    }
}
