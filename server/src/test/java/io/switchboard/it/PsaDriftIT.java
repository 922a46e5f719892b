package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.emulator.autotask.AutotaskEmulator;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drift between the desk and Autotask: found field by field, repaired by last writer wins with
 * the loser in the history, and gone afterwards.
 */
class PsaDriftIT {

    private static final Api ADMIN = Api.as("admin");
    private static AutotaskEmulator at;

    @BeforeAll
    static void start() throws Exception {
        at = AutotaskEmulator.withDemoData(36, 1);
        at.hourlyLimit(200_000); // this test is about drift, not the hourly budget (AutotaskProviderTest has that)
        at.start(0);
    }

    @AfterAll
    static void stop() {
        at.close();
    }

    @Test
    void driftMadeBehindTheSyncsBackIsReportedRepairedFromThePsaAndLeftInTheHistory() throws Exception {
        Connection c = connect("Level II Support");
        List<Long> remote = onQueue(c.queue).subList(0, 3);
        // Changes stamped a day ago: older than the watermark, so no incremental pull will ever see them.
        at.store().clock(Clock.offset(Clock.systemUTC(), Duration.ofDays(-1)));
        remote.forEach(id -> at.store().edit(id, t -> t.put("title", "Drifted " + id)));
        at.store().clock(Clock.systemUTC());
        assertEquals("SUCCEEDED", c.sync().getString("state"));
        assertEquals(
                "Drifted " + remote.get(0) + "",
                at.store().ticket(remote.get(0)).orElseThrow().get("title"));

        JsonObject report = c.drift(false);
        JsonArray drifts = report.getJsonArray("drifts");
        assertEquals(3, drifts.size(), report.toString());
        drifts.forEach(d -> assertEquals("summary", d.asJsonObject().getString("field")));
        assertEquals("reported", drifts.getJsonObject(0).getString("action"));

        JsonObject repaired = c.drift(true);
        assertEquals(3, repaired.getInt("repaired"), repaired.toString());
        for (long id : remote) {
            long ticket = c.local(id);
            assertEquals(
                    "Drifted " + id,
                    ADMIN.get("/api/v1/tickets/" + ticket).json().getString("summary"));
            assertTrue(
                    history(ticket).stream()
                            .anyMatch(h -> h.getString("field").equals("conflict:summary")
                                    && h.getString("newValue", "").equals("Drifted " + id)),
                    "the overruled local summary is in the history");
        }
        assertEquals(0, c.drift(false).getJsonArray("drifts").size(), "nothing left to repair");
        JsonObject log = ADMIN.get("/api/v1/psa/connections/" + c.id + "/runs").json();
        assertEquals("DRIFT", log.getJsonArray("items").getJsonObject(0).getString("trigger"));
    }

    private record Connection(long id, String queue) {

        JsonObject sync() throws InterruptedException {
            Api.Reply started = ADMIN.post("/api/v1/psa/connections/" + id + "/sync", "");
            assertEquals(202, started.status(), started.toString());
            long run = started.json().getInt("id");
            Instant until = Instant.now().plus(Duration.ofSeconds(180));
            while (Instant.now().isBefore(until)) {
                JsonObject r = ADMIN.get("/api/v1/psa/connections/" + id + "/runs/" + run)
                        .json();
                if (!"RUNNING".equals(r.getString("state"))) {
                    return r;
                }
                Thread.sleep(200);
            }
            throw new AssertionError("sync run " + run + " did not finish");
        }

        JsonObject drift(boolean repair) {
            Api.Reply r = ADMIN.post("/api/v1/psa/connections/" + id + "/drift?repair=" + repair, "");
            assertEquals(200, r.status(), r.toString());
            return r.json();
        }

        long local(long remoteId) {
            Api.Reply r = ADMIN.get("/api/v1/psa/connections/" + id + "/tickets/" + remoteId);
            assertEquals(200, r.status(), r.toString());
            return r.json().getJsonNumber("ticketId").longValue();
        }
    }

    private static Connection connect(String queueLabel) throws InterruptedException {
        String queue = at.store().picklistValue("Tickets", "queueID", queueLabel);
        Api.Reply r = ADMIN.post(
                "/api/v1/plugins/instances",
                json(
                        "plugin",
                        "autotask",
                        "kind",
                        "psa",
                        "factory",
                        "autotask",
                        "name",
                        "IT drift " + PluginJars.uniqueId("at"),
                        "config",
                        Json.createObjectBuilder()
                                .add("userName", AutotaskEmulator.USER)
                                .add("apiSecret", AutotaskEmulator.SECRET)
                                .add("integrationCode", AutotaskEmulator.INTEGRATION_CODE)
                                .add("zoneLookup", at.zoneLookupUrl())
                                .add("defaultCompanyId", "174")
                                .add("allowInternal", "127.0.0.1")
                                .build()));
        assertEquals(201, r.status(), r.toString());
        long id = r.json().getJsonNumber("id").longValue();
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (ADMIN.get("/api/v1/psa/connections/" + id + "/catalog/board").status() != 200) {
            assertTrue(Instant.now().isBefore(until), "the Autotask catalogue within 90 s");
            Thread.sleep(250);
        }
        assertEquals(
                200,
                ADMIN.put(
                                "/api/v1/psa/connections/" + id + "/boards",
                                "{\"boards\":[{\"remoteId\":\"" + queue + "\",\"remoteName\":\"" + queueLabel + "\"}]}",
                                null)
                        .status());
        Connection c = new Connection(id, queue);
        assertEquals("SUCCEEDED", c.sync().getString("state"));
        return c;
    }

    private static List<Long> onQueue(String queue) {
        return at.store().tickets().stream()
                .filter(t -> queue.equals(String.valueOf(t.get("queueID"))))
                .map(t -> ((Number) t.get("id")).longValue())
                .toList();
    }

    private static List<JsonObject> history(long ticket) {
        List<JsonObject> out = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonObject p = ADMIN.get("/api/v1/tickets/" + ticket + "/history?pageSize=200&page=" + page)
                    .json();
            p.getJsonArray("items").forEach(h -> out.add(h.asJsonObject()));
            if (out.size() >= p.getInt("total") || p.getJsonArray("items").isEmpty()) {
                return out;
            }
        }
    }
}
