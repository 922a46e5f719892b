package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every outbound connection a plugin makes passes the host's one SSRF guard, SMTP included. */
class OutboundGuardIT {

    private static final Api ADMIN = Api.as("admin");

    private static long instance(String plugin, String factory, JsonObject config) {
        Api.Reply r = ADMIN.post(
                "/api/v1/plugins/instances",
                json("plugin", plugin, "factory", factory, "name", PluginJars.uniqueId(factory), "config", config));
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private static JsonObject test(long id) {
        Api.Reply r = ADMIN.post("/api/v1/plugins/instances/" + id + "/test", "");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static JsonObject smtp(String host, int port, String allow) {
        var b = Json.createObjectBuilder()
                .add("host", host)
                .add("port", port)
                .add("security", "none")
                .add("from", "desk@switchboard.example");
        if (allow != null) {
            b.add("allowInternal", allow);
        }
        return b.build();
    }

    @Test
    void theSmtpConnectionTestCannotProbeInternalPorts() {
        for (String host : List.of("127.0.0.1", "localhost", "[::1]", "2002:7f00:1::1", "10.0.0.1", "192.0.0.8")) {
            long id = instance("notify-email", "email", smtp(host, 22, null));
            try {
                JsonObject result = test(id);
                assertEquals("FAILED", result.getString("outcome"), host + ": " + result);
                assertTrue(result.getString("message").startsWith("refused:"), host + ": " + result);
            } finally {
                ADMIN.delete("/api/v1/plugins/instances/" + id);
            }
        }
    }

    @Test
    void anAdminsAllowListOpensAnInternalRelay() {
        GreenMail relay = new GreenMail(new ServerSetup(9392, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        relay.start();
        long id = instance("notify-email", "email", smtp("127.0.0.1", 9392, "127.0.0.0/8"));
        try {
            JsonObject result = test(id);
            assertEquals("OK", result.getString("outcome"), result.toString());
        } finally {
            ADMIN.delete("/api/v1/plugins/instances/" + id);
            relay.stop();
        }
    }

    @Test
    void webhooksToTunnelledAndReservedAddressesAreRefused() {
        for (String url : List.of(
                "http://[2002:7f00:1::1]/hook",
                "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
                "http://198.18.0.1/",
                "http://240.0.0.1/",
                "http://224.0.0.251/")) {
            long id = instance(
                    "notify-webhook",
                    "webhook",
                    Json.createObjectBuilder()
                            .add("url", url)
                            .add("preset", "slack")
                            .build());
            try {
                JsonObject result = test(id);
                assertEquals("FAILED", result.getString("outcome"), url + ": " + result);
            } finally {
                ADMIN.delete("/api/v1/plugins/instances/" + id);
            }
        }
    }

    @Test
    void aMalformedAllowListIsRefusedByTheHost() {
        Api.Reply r = ADMIN.post(
                "/api/v1/plugins/instances",
                json(
                        "plugin",
                        "notify-email",
                        "factory",
                        "email",
                        "name",
                        PluginJars.uniqueId("bad-allow"),
                        "config",
                        smtp("smtp.example.com", 587, "10.0.0.0/99")));
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.text().contains("config.allowInternal"), r.toString());
    }
}
