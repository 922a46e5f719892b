package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.emulator.connectwise.ConnectWiseEmulator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ConnectWise callbacks: verified ones become one targeted pull per ticket, unverified ones are refused. */
class PsaCallbackIT {

    private static final Api ADMIN = Api.as("admin");
    private static ConnectWiseEmulator cw;
    private static long connection;
    private static String boardId;

    @BeforeAll
    static void start() throws Exception {
        cw = ConnectWiseEmulator.withDemoData(9, 1);
        cw.start(0);
        Api.Reply r = ADMIN.post(
                "/api/v1/plugins/instances",
                json(
                        "plugin",
                        "connectwise",
                        "kind",
                        "psa",
                        "factory",
                        "connectwise",
                        "name",
                        "IT CW callbacks " + PluginJars.uniqueId("cw"),
                        "config",
                        Json.createObjectBuilder()
                                .add("site", cw.url())
                                .add("company", ConnectWiseEmulator.COMPANY)
                                .add("publicKey", ConnectWiseEmulator.PUBLIC_KEY)
                                .add("privateKey", ConnectWiseEmulator.PRIVATE_KEY)
                                .add("clientId", "5d5a0f53-0000-4000-8000-000000000003")
                                .add("allowInternal", "127.0.0.1")
                                .build()));
        assertEquals(201, r.status(), r.toString());
        connection = r.json().getJsonNumber("id").longValue();
        boardId = cw.store().board("Service Desk").get("id").toString();
        ADMIN.put(
                "/api/v1/psa/connections/" + connection + "/boards",
                "{\"boards\":[{\"remoteId\":\"" + boardId + "\"}]}",
                null);
        Api.Reply sync = ADMIN.post("/api/v1/psa/connections/" + connection + "/sync", "");
        long run = sync.json().getInt("id");
        await(
                () -> !"RUNNING"
                        .equals(ADMIN.get("/api/v1/psa/connections/" + connection + "/runs/" + run)
                                .json()
                                .getString("state")),
                "the first pull");
    }

    @AfterAll
    static void stop() {
        ADMIN.delete("/api/v1/plugins/instances/" + connection);
        cw.close();
    }

    @Test
    void aStormOfCallbacksAboutOneTicketBecomesOneTargetedPull() throws Exception {
        Api.Reply registered = ADMIN.post(
                "/api/v1/psa/connections/" + connection + "/callbacks",
                json("url", Api.BASE + "/api/v1/webhooks/" + connection));
        assertEquals(200, registered.status(), registered.toString());
        long remoteId = cw.store().tickets().stream()
                .filter(t -> boardId.equals(String.valueOf(((Map<?, ?>) t.get("board")).get("id"))))
                .map(t -> ((Number) t.get("id")).longValue())
                .findFirst()
                .orElseThrow();
        long ticket = ADMIN.get("/api/v1/psa/connections/" + connection + "/tickets/" + remoteId)
                .json()
                .getJsonNumber("ticketId")
                .longValue();
        int before = cw.callbackLog().size();
        for (int i = 1; i <= 5; i++) {
            int n = i;
            cw.store().edit(remoteId, "jsmith", t -> t.put("summary", "Edited in ConnectWise " + n));
        }
        await(() -> cw.callbackLog().size() >= before + 5, "ConnectWise sent five callbacks");
        await(
                () -> "Edited in ConnectWise 5"
                        .equals(ADMIN.get("/api/v1/tickets/" + ticket).json().getString("summary")),
                "the callbacks' ticket was pulled");
        JsonObject log = ADMIN.get("/api/v1/psa/connections/" + connection + "/runs?pageSize=100")
                .json();
        long callbackPulls = log.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> "CALLBACK".equals(r.getString("trigger")))
                .mapToLong(r -> r.getJsonNumber("processed").longValue())
                .sum();
        assertTrue(callbackPulls >= 1 && callbackPulls < 5, "five callbacks, fewer pulls: " + log);
    }

    @Test
    void aCallbackThatDoesNotVerifyIsRefused() {
        String body = "{\"MessageId\":\"x\",\"Action\":\"updated\",\"Type\":\"ticket\",\"ID\":1,"
                + "\"Metadata\":{\"key_url\":\"https://attacker.example/key\"},\"Entity\":\"{}\"}";
        Api.Reply r =
                Api.anonymous().raw("POST", "/api/v1/webhooks/" + connection, "application/json", body.getBytes());
        assertEquals(401, r.status(), r.toString());
        assertTrue(r.isProblem(), r.toString());
        Api.Reply unknown = Api.anonymous().raw("POST", "/api/v1/webhooks/999999", "application/json", body.getBytes());
        assertEquals(401, unknown.status(), unknown.toString());
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(until)) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("not within 90 s: " + what);
    }
}
