package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.emulator.connectwise.ConnectWiseEmulator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/** PSA connections as the ITs use them: one to a ConnectWise emulator, a board picked, a sync run waited for. */
final class PsaConnections {

    private static final Api ADMIN = Api.as("admin");

    private PsaConnections() {}

    /** A ConnectWise connection (a psa plugin instance) to the emulator; returns its id. */
    static long connectWise(ConnectWiseEmulator cw, String name, String clientId) {
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
                        name + " " + PluginJars.uniqueId("cw"),
                        "config",
                        Json.createObjectBuilder()
                                .add("site", cw.url())
                                .add("company", ConnectWiseEmulator.COMPANY)
                                .add("publicKey", ConnectWiseEmulator.PUBLIC_KEY)
                                .add("privateKey", ConnectWiseEmulator.PRIVATE_KEY)
                                .add("clientId", clientId)
                                .add("allowInternal", "127.0.0.1")
                                .build()));
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    /** Selects one remote board for sync. */
    static void selectBoard(long connection, String remoteBoardId) {
        Api.Reply r = ADMIN.put(
                "/api/v1/psa/connections/" + connection + "/boards",
                "{\"boards\":[{\"remoteId\":\"" + remoteBoardId + "\"}]}",
                null);
        assertEquals(200, r.status(), r.toString());
    }

    /** Starts a sync run and waits until it is no longer running; returns the run. */
    static JsonObject sync(long connection) throws InterruptedException {
        Api.Reply started = ADMIN.post("/api/v1/psa/connections/" + connection + "/sync", "");
        assertEquals(202, started.status(), started.toString());
        long run = started.json().getInt("id");
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(until)) {
            JsonObject r = ADMIN.get("/api/v1/psa/connections/" + connection + "/runs/" + run)
                    .json();
            if (!"RUNNING".equals(r.getString("state"))) {
                return r;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("sync run " + run + " did not finish");
    }
}
