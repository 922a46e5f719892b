package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sync engine against a real server, not an emulator: this Switchboard syncs one of its own
 * boards ("origin") into another ("mirror") through the remote-desk provider and its own
 * /api/v1, with an agent's bearer token. Changes go round both ways, nothing echoes, and a
 * signed notify-webhook delivery turns into a targeted pull.
 */
class PsaRemoteDeskIT {

    private static final Api ADMIN = Api.as("admin");
    private static final String SECRET = "rd-webhook-secret-0123456789";
    private static long connection;
    private static long origin;
    private static long mirror;
    private static final List<Long> originals = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        String unique = PluginJars.uniqueId("rd");
        origin = ADMIN.post("/api/v1/boards", json("name", "RD origin " + unique))
                .json()
                .getJsonNumber("id")
                .longValue();
        mirror = ADMIN.post("/api/v1/boards", json("name", "RD mirror " + unique))
                .json()
                .getJsonNumber("id")
                .longValue();
        for (String s : List.of("Printer jams on tray 2", "VPN drops at 5 pm", "New laptop for Kim")) {
            Api.Reply t = ADMIN.post(
                    "/api/v1/tickets",
                    Json.createObjectBuilder()
                            .add("summary", s)
                            .add("priority", "high")
                            .add("boardId", origin)
                            .build()
                            .toString());
            assertEquals(201, t.status(), t.toString());
            originals.add(t.json().getJsonNumber("id").longValue());
        }
        Api.Reply token = Api.as("agent").post("/api/v1/me/tokens", json("name", "remote desk IT " + unique));
        assertEquals(201, token.status(), token.toString());
        Api.Reply r = ADMIN.post(
                "/api/v1/plugins/instances",
                json(
                        "plugin",
                        "remote-desk",
                        "kind",
                        "psa",
                        "factory",
                        "remote-desk",
                        "name",
                        "IT remote desk " + unique,
                        "config",
                        Json.createObjectBuilder()
                                .add("url", Api.BASE.replace("localhost", "127.0.0.1"))
                                .add("apiToken", token.json().getString("token"))
                                .add("webhookSigningSecret", SECRET)
                                .add("allowInternal", "127.0.0.1")
                                .build()));
        assertEquals(201, r.status(), r.toString());
        connection = r.json().getJsonNumber("id").longValue();
        await(
                () -> ADMIN.get("/api/v1/psa/connections/" + connection + "/catalog/board")
                                .status()
                        == 200,
                "the remote desk's boards");
        Api.Reply chosen = ADMIN.put(
                "/api/v1/psa/connections/" + connection + "/boards",
                "{\"boards\":[{\"remoteId\":\"" + origin + "\",\"remoteName\":\"origin\",\"localBoardId\":" + mirror
                        + "}]}",
                null);
        assertEquals(200, chosen.status(), chosen.toString());
        JsonObject first = sync();
        assertEquals("SUCCEEDED", first.getString("state"), first.toString());
        assertEquals(3, first.getInt("created"), first.toString());
    }

    @AfterAll
    static void stop() {
        ADMIN.delete("/api/v1/plugins/instances/" + connection);
    }

    @Test
    void everyOriginTicketHasAMirrorOnTheMirrorBoardAndARerunChangesNothing() throws Exception {
        for (long o : originals) {
            long m = mirrorOf(o);
            assertNotEquals(o, m);
            JsonObject t = ADMIN.get("/api/v1/tickets/" + m).json();
            assertEquals(mirror, t.getJsonObject("board").getJsonNumber("id").longValue());
            assertEquals(ADMIN.get("/api/v1/tickets/" + o).json().getString("summary"), t.getString("summary"));
            assertEquals("high", t.getString("priority"));
        }
        JsonObject again = sync();
        assertEquals(0, again.getInt("created"), again.toString());
        assertEquals(0, again.getInt("updated"), again.toString());
    }

    @Test
    void changesOnTheOriginArriveByPullAndChangesOnTheMirrorArriveByPushWithoutEcho() throws Exception {
        long o = originals.get(1);
        long m = mirrorOf(o);
        Api.Reply before = ADMIN.get("/api/v1/tickets/" + o);
        assertEquals(
                200,
                ADMIN.patch("/api/v1/tickets/" + o, json("summary", "VPN drops at 5 pm (origin)"), before.etag())
                        .status());
        assertEquals(
                201,
                ADMIN.post("/api/v1/tickets/" + o + "/comments", json("body", "Seen on the origin."))
                        .status());
        sync();
        assertEquals(
                "VPN drops at 5 pm (origin)",
                ADMIN.get("/api/v1/tickets/" + m).json().getString("summary"));
        assertEquals(comments(o), comments(m), "the origin's comment arrived");

        Api.Reply mine = ADMIN.get("/api/v1/tickets/" + m);
        assertEquals(
                200,
                ADMIN.patch(
                                "/api/v1/tickets/" + m,
                                json("summary", "VPN drops at 5 pm (mirror)", "priority", "critical"),
                                mine.etag())
                        .status());
        assertEquals(
                201,
                ADMIN.post("/api/v1/tickets/" + m + "/comments", json("body", "Answered on the mirror."))
                        .status());
        await(
                () -> "VPN drops at 5 pm (mirror)"
                        .equals(ADMIN.get("/api/v1/tickets/" + o).json().getString("summary")),
                "the mirror's summary reached the origin");
        await(
                () -> "critical".equals(ADMIN.get("/api/v1/tickets/" + o).json().getString("priority")),
                "the mirror's priority reached the origin");
        await(() -> comments(o) == comments(m), "the mirror's comment reached the origin");
        int mirrored = comments(m);
        sync();
        assertEquals(mirrored, comments(m), "no echo of our own comment");
        assertEquals(comments(o), comments(m));
    }

    @Test
    void aSignedWebhookDeliveryIsATargetedPullAndAnUnsignedOneIsRefused() throws Exception {
        long o = originals.get(2);
        long m = mirrorOf(o);
        Api.Reply before = ADMIN.get("/api/v1/tickets/" + o);
        assertEquals(
                200,
                ADMIN.patch("/api/v1/tickets/" + o, json("summary", "New laptop for Kim (webhook)"), before.etag())
                        .status());
        String body =
                "{\"id\":\"evt-" + System.nanoTime() + "\",\"type\":\"ticket.updated\",\"ticket\":{\"id\":" + o + "}}";
        Api.Reply unsigned = Api.anonymous().post("/api/v1/webhooks/" + connection, body);
        assertEquals(401, unsigned.status(), unsigned.toString());
        long t = Instant.now().getEpochSecond();
        Api.Reply signed = Api.anonymous()
                .post(
                        "/api/v1/webhooks/" + connection,
                        body,
                        java.util.Map.of("X-Switchboard-Signature", "t=" + t + ",v1=" + hmac(t + "." + body)));
        assertEquals(202, signed.status(), signed.toString());
        await(
                () -> "New laptop for Kim (webhook)"
                        .equals(ADMIN.get("/api/v1/tickets/" + m).json().getString("summary")),
                "the callback pulled the ticket");
    }

    private static String hmac(String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static long mirrorOf(long originId) {
        Api.Reply r = ADMIN.get("/api/v1/psa/connections/" + connection + "/tickets/" + originId);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonNumber("ticketId").longValue();
    }

    private static int comments(long ticket) {
        return ADMIN.get("/api/v1/tickets/" + ticket + "/comments").items().size();
    }

    private static JsonObject sync() throws InterruptedException {
        return PsaConnections.sync(connection);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(until)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within 90 s: " + what);
    }
}
