package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.emulator.connectwise.ConnectWiseEmulator;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both sides change the same few ConnectWise tickets at random (summaries and priorities, some
 * changes in the same second as a push, some stamped in the past by the emulator's clock), with
 * syncs in between; afterwards the two sides must agree on every field, as the drift check sees
 * them, without a repair. {@code -Dpsa.drift.changes=N} and {@code -Dpsa.drift.seed=S} replay a run.
 */
class PsaRandomDriftIT {

    private static final Api ADMIN = Api.as("admin");
    private static final List<String> LOCAL_PRIORITIES = List.of("low", "medium", "high", "critical");
    private static ConnectWiseEmulator cw;
    private static long connection;
    private static List<Long> remoteIds;

    @BeforeAll
    static void start() throws Exception {
        cw = ConnectWiseEmulator.withDemoData(12, 1);
        cw.start(0);
        connection = PsaConnections.connectWise(cw, "IT CW random drift", "5d5a0f53-0000-4000-8000-000000000003");
        String boardId = cw.store().board("Service Desk").get("id").toString();
        PsaConnections.selectBoard(connection, boardId);
        // One ConnectWise priority per local one, so every local value has a counterpart to push
        // (without a mapping, "high" has none in the demo catalogue and is left out by design).
        StringBuilder mappings = new StringBuilder();
        for (Map<String, Object> p : cw.store().priorities()) {
            String local = localPriority(String.valueOf(p.get("name")));
            if (local != null) {
                mappings.append(mappings.length() == 0 ? "" : ",")
                        .append("{\"kind\":\"priority\",\"remoteId\":\"")
                        .append(p.get("id"))
                        .append("\",\"remoteName\":\"")
                        .append(p.get("name"))
                        .append("\",\"localValue\":\"")
                        .append(local)
                        .append("\"}");
            }
        }
        Api.Reply mapped = ADMIN.put(
                "/api/v1/psa/connections/" + connection + "/mappings", "{\"mappings\":[" + mappings + "]}", null);
        assertEquals(200, mapped.status(), mapped.toString());
        assertEquals("SUCCEEDED", sync().getString("state"));
        remoteIds = cw.store().tickets().stream()
                .filter(t -> boardId.equals(String.valueOf(((Map<?, ?>) t.get("board")).get("id"))))
                .map(t -> ((Number) t.get("id")).longValue())
                .limit(4)
                .toList();
    }

    @AfterAll
    static void stop() {
        ADMIN.delete("/api/v1/plugins/instances/" + connection);
        cw.close();
    }

    @Test
    void randomChangesOnBothSidesEndInAgreement() throws Exception {
        long seed = Long.getLong("psa.drift.seed", System.nanoTime());
        int changes = Integer.getInteger("psa.drift.changes", 80);
        Random random = new Random(seed);
        String replay = "replay with -Dpsa.drift.seed=" + seed + " -Dpsa.drift.changes=" + changes;
        for (int i = 0; i < changes; i++) {
            long remoteId = remoteIds.get(random.nextInt(remoteIds.size()));
            String step = String.valueOf(i);
            switch (random.nextInt(6)) {
                case 0 -> patchLocal(remoteId, "summary", "Ours " + step);
                case 1 -> patchLocal(remoteId, "priority", LOCAL_PRIORITIES.get(random.nextInt(4)));
                case 2 -> editRemote(remoteId, random, t -> t.put("summary", "Theirs " + step));
                case 3 -> editRemote(remoteId, random, t -> t.put("priority", remotePriority(random)));
                default -> assertEquals("SUCCEEDED", sync().getString("state"), replay);
            }
        }
        cw.store().clock(Clock.systemUTC());
        Instant until = Instant.now().plus(Duration.ofSeconds(180));
        JsonObject report;
        do {
            assertEquals("SUCCEEDED", sync().getString("state"), replay);
            report = ADMIN.post("/api/v1/psa/connections/" + connection + "/drift?repair=false", "")
                    .json();
        } while (!report.getJsonArray("drifts").isEmpty() && Instant.now().isBefore(until));
        assertEquals(0, report.getJsonArray("drifts").size(), "the sides still disagree; " + replay + ": " + report);
    }

    /** A local change through the API, retried on a stale version (a pull may have moved it meanwhile). */
    private static void patchLocal(long remoteId, String field, String value) {
        long ticket = local(remoteId);
        for (int attempt = 0; attempt < 5; attempt++) {
            Api.Reply before = ADMIN.get("/api/v1/tickets/" + ticket);
            Api.Reply patched = ADMIN.patch("/api/v1/tickets/" + ticket, json(field, value), before.etag());
            if (patched.status() == 200) {
                return;
            }
            assertEquals(412, patched.status(), patched.toString());
        }
        throw new AssertionError("ticket " + ticket + " kept moving under five PATCHes");
    }

    /** A change in ConnectWise: stamped now, in a second frozen for several changes, or seconds in the past. */
    private static void editRemote(
            long remoteId, Random random, java.util.function.Consumer<Map<String, Object>> change) {
        Instant now = Instant.now();
        cw.store()
                .clock(
                        switch (random.nextInt(3)) {
                            case 0 -> Clock.systemUTC();
                            case 1 -> Clock.fixed(now.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
                            default -> Clock.fixed(now.minusSeconds(1 + random.nextInt(20)), ZoneOffset.UTC);
                        });
        cw.store().edit(remoteId, "jsmith", change);
    }

    /** The local priority a demo ConnectWise priority is mapped to; null for the one left unmapped. */
    private static String localPriority(String remoteName) {
        if (remoteName.startsWith("Priority 1")) {
            return "critical";
        }
        if (remoteName.startsWith("Priority 2")) {
            return "high";
        }
        if (remoteName.startsWith("Priority 3")) {
            return "medium";
        }
        return remoteName.startsWith("Priority 5") ? "low" : null;
    }

    private static Map<String, Object> remotePriority(Random random) {
        List<Map<String, Object>> priorities = cw.store().priorities().stream()
                .filter(p -> localPriority(String.valueOf(p.get("name"))) != null)
                .toList();
        Map<String, Object> p = priorities.get(random.nextInt(priorities.size()));
        return Map.of("id", p.get("id"), "name", p.get("name"));
    }

    private static long local(long remoteId) {
        Api.Reply r = ADMIN.get("/api/v1/psa/connections/" + connection + "/tickets/" + remoteId);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonNumber("ticketId").longValue();
    }

    private static JsonObject sync() throws InterruptedException {
        return PsaConnections.sync(connection);
    }
}
