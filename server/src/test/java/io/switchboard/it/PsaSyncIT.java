package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.emulator.connectwise.ConnectWiseEmulator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sync engine against the ConnectWise emulator, through the real server: pull, upsert, notes, the sync log. */
class PsaSyncIT {

    private static final Api ADMIN = Api.as("admin");
    private static ConnectWiseEmulator cw;
    private static long connection;

    @BeforeAll
    static void start() throws Exception {
        cw = ConnectWiseEmulator.withDemoData(30, 2);
        cw.start(0);
        connection = connect("IT CW " + PluginJars.uniqueId("cw"), ConnectWiseEmulator.PRIVATE_KEY);
    }

    @AfterAll
    static void stop() {
        ADMIN.delete("/api/v1/plugins/instances/" + connection);
        cw.close();
    }

    @Test
    void aPullUpsertsEveryTicketOfTheBoardWithItsNotesAndARerunChangesNothing() throws Exception {
        JsonObject board = boards().getJsonObject(0);
        String boardId = board.getString("id");
        Api.Reply chosen = ADMIN.put(
                "/api/v1/psa/connections/" + connection + "/boards",
                "{\"boards\":[{\"remoteId\":\"" + boardId + "\",\"remoteName\":\"" + board.getString("name") + "\"}]}",
                null);
        assertEquals(200, chosen.status(), chosen.toString());
        List<Map<String, Object>> onBoard = cw.store().tickets().stream()
                .filter(t -> boardId.equals(String.valueOf(((Map<?, ?>) t.get("board")).get("id"))))
                .toList();
        assertTrue(onBoard.size() >= 5, "the demo board has tickets");

        JsonObject first = syncAndWait();
        assertEquals("SUCCEEDED", first.getString("state"), first.toString());
        assertEquals(onBoard.size(), first.getInt("created"), first.toString());
        assertEquals(onBoard.size(), first.getInt("processed"), first.toString());
        assertEquals(100, first.getInt("percent"));

        long remoteId = ((Number) onBoard.get(0).get("id")).longValue();
        long ticket = localTicket(remoteId);
        JsonObject local = ADMIN.get("/api/v1/tickets/" + ticket).json();
        assertEquals(onBoard.get(0).get("summary"), local.getString("summary"));
        int notes = cw.store().notesOf(remoteId).size();
        assertEquals(notes, comments(ticket), "every remote note is a comment");

        JsonObject again = syncAndWait();
        assertEquals("SUCCEEDED", again.getString("state"), again.toString());
        assertEquals(0, again.getInt("created"), again.toString());
        assertEquals(0, again.getInt("updated"), "re-reading the overlap changes nothing: " + again);

        cw.store().addNote(remoteId, "Rebooted the switch; looks fine now.", false, "jsmith");
        cw.store().edit(remoteId, "jsmith", t -> t.put("summary", "Changed in ConnectWise"));
        JsonObject third = syncAndWait();
        assertEquals(1, third.getInt("updated"), third.toString());
        assertEquals(0, third.getInt("created"), third.toString());
        assertEquals(
                "Changed in ConnectWise",
                ADMIN.get("/api/v1/tickets/" + ticket).json().getString("summary"));
        assertEquals(notes + 1, comments(ticket), "the new note arrived once");
        assertEquals(notes + 1, comments(ticket));

        JsonObject log =
                ADMIN.get("/api/v1/psa/connections/" + connection + "/runs").json();
        assertTrue(log.getInt("total") >= 3, log.toString());
        assertEquals(
                third.getInt("id"), log.getJsonArray("items").getJsonObject(0).getInt("id"));
        assertEquals("MANUAL", log.getJsonArray("items").getJsonObject(0).getString("trigger"));
    }

    @Test
    void aMergedPsaTicketHandsItsPsaTicketToTheSurvivor() throws Exception {
        // its own PSA and connection, so the other tests' counts of created and updated tickets hold
        try (ConnectWiseEmulator own = ConnectWiseEmulator.withDemoData(12, 1)) {
            own.start(0);
            long conn = PsaConnections.connectWise(own, "IT CW merge", "5d5a0f53-0000-4000-8000-000000000002");
            try {
                String boardId = own.store().board("Service Desk").get("id").toString();
                awaitCatalogue(conn);
                PsaConnections.selectBoard(conn, boardId);
                assertEquals("SUCCEEDED", PsaConnections.sync(conn).getString("state"));
                long remoteId = own.store().tickets().stream()
                        .filter(t -> boardId.equals(String.valueOf(((Map<?, ?>) t.get("board")).get("id"))))
                        .map(t -> ((Number) t.get("id")).longValue())
                        .findFirst()
                        .orElseThrow();
                JsonObject merged = ADMIN.get("/api/v1/tickets/" + localTicket(conn, remoteId))
                        .json();
                Api.Reply created =
                        ADMIN.post("/api/v1/tickets", json("summary", "The ticket that survives the merge"));
                assertEquals(201, created.status(), created.toString());
                JsonObject survivor = created.json();

                Api.Reply merge = ADMIN.post(
                        "/api/v1/tickets/" + merged.getString("number") + "/merge",
                        json("into", survivor.getString("number")));
                assertEquals(200, merge.status(), merge.text());
                assertEquals(
                        survivor.getJsonNumber("id").longValue(),
                        localTicket(conn, remoteId),
                        "the PSA ticket is the survivor's now");

                // what happens in the PSA afterwards lands on the survivor, not on the closed ticket
                long mergedId = merged.getJsonNumber("id").longValue();
                int before = comments(mergedId);
                own.store().addNote(remoteId, "Replaced the patch cable after the merge.", false, "jsmith");
                JsonObject run = PsaConnections.sync(conn);
                assertEquals("SUCCEEDED", run.getString("state"), run.toString());
                assertTrue(
                        ADMIN.get("/api/v1/tickets/" + survivor.getString("number") + "/comments")
                                .text()
                                .contains("Replaced the patch cable after the merge."),
                        "the new PSA note is on the survivor");
                assertEquals(before, comments(mergedId), "nothing more on the merged ticket");

                // the list's PSA filters: this connection's tickets, within it one remote board's
                long linked = own.store().tickets().stream()
                        .filter(t -> boardId.equals(String.valueOf(((Map<?, ?>) t.get("board")).get("id"))))
                        .count();
                assertEquals(linked, total("?includeClosed=true&psaConnection=" + conn));
                assertEquals(linked, total("?includeClosed=true&psaConnection=" + conn + "&psaBoard=" + boardId));
                assertEquals(0, total("?includeClosed=true&psaConnection=" + conn + "&psaBoard=no-such-board"));
                Api.Reply alone = ADMIN.get("/api/v1/tickets?psaBoard=" + boardId);
                assertEquals(400, alone.status(), alone.text());
                assertTrue(alone.text().contains("psaBoard"), alone.text());
            } finally {
                ADMIN.delete("/api/v1/plugins/instances/" + conn);
            }
        }
    }

    private static void awaitCatalogue(long conn) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (ADMIN.get("/api/v1/psa/connections/" + conn + "/catalog/board").status() != 200) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no board catalogue within 60 s");
            }
            Thread.sleep(250);
        }
    }

    @Test
    void aConnectionThePsaRefusesLogsAFailedRunAndTheDeskCarriesOn() throws Exception {
        long wrong = connect("IT CW wrong " + PluginJars.uniqueId("cw"), "not-the-key");
        try {
            String boardId = cw.store().board("Service Desk").get("id").toString();
            ADMIN.put(
                    "/api/v1/psa/connections/" + wrong + "/boards",
                    "{\"boards\":[{\"remoteId\":\"" + boardId + "\"}]}",
                    null);
            JsonObject run = waitFor(
                    wrong,
                    ADMIN.post("/api/v1/psa/connections/" + wrong + "/sync", "")
                            .json()
                            .getInt("id"));
            assertEquals("FAILED", run.getString("state"), run.toString());
            assertTrue(run.getJsonArray("errors").getString(0).contains("401"), run.toString());
            assertEquals(
                    201,
                    ADMIN.post("/api/v1/tickets", json("summary", "The desk still works"))
                            .status());
        } finally {
            ADMIN.delete("/api/v1/plugins/instances/" + wrong);
        }
    }

    @Test
    void badBoardsAndMappingsAreRefusedFieldByField() {
        Api.Reply kind = ADMIN.put(
                "/api/v1/psa/connections/" + connection + "/mappings",
                "{\"mappings\":[{\"kind\":\"colour\",\"remoteId\":\"1\",\"localValue\":\"x\"}]}",
                null);
        assertEquals(400, kind.status(), kind.toString());
        assertTrue(kind.text().contains("mappings.kind"), kind.toString());
        Api.Reply status = ADMIN.put(
                "/api/v1/psa/connections/" + connection + "/mappings",
                "{\"mappings\":[{\"kind\":\"status\",\"scope\":\"1\",\"remoteId\":\"1\",\"localValue\":\"no-such\"}]}",
                null);
        assertEquals(400, status.status(), status.toString());
        Api.Reply notArray = ADMIN.put("/api/v1/psa/connections/" + connection + "/boards", "{\"boards\":3}", null);
        assertEquals(400, notArray.status(), notArray.toString());
        Api.Reply saved = ADMIN.put(
                "/api/v1/psa/connections/" + connection + "/mappings",
                "{\"mappings\":[{\"kind\":\"priority\",\"remoteId\":\"1\",\"remoteName\":\"Priority 1\",\"localValue\":\"critical\"}]}",
                null);
        assertEquals(200, saved.status(), saved.toString());
        assertTrue(saved.text().contains("\"localValue\":\"critical\""), saved.toString());
    }

    @Test
    void onlyAdminsManageConnections() {
        assertEquals(403, Api.as("agent").get("/api/v1/psa/connections").status());
        assertEquals(
                403,
                Api.as("agent")
                        .post("/api/v1/psa/connections/" + connection + "/sync", "")
                        .status());
        assertEquals(404, ADMIN.get("/api/v1/psa/connections/999999").status());
    }

    /** The remote boards, once the plugin answers (it loads in the background after the server starts). */
    private static jakarta.json.JsonArray boards() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        Api.Reply r;
        do {
            r = ADMIN.get("/api/v1/psa/connections/" + connection + "/catalog/board");
            if (r.status() == 200) {
                return r.array();
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(until));
        throw new AssertionError("no board catalogue within 60 s: " + r);
    }

    private static long connect(String name, String privateKey) {
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
                        name,
                        "config",
                        Json.createObjectBuilder()
                                .add("site", cw.url())
                                .add("company", ConnectWiseEmulator.COMPANY)
                                .add("publicKey", ConnectWiseEmulator.PUBLIC_KEY)
                                .add("privateKey", privateKey)
                                .add("clientId", "5d5a0f53-0000-4000-8000-000000000001")
                                .add("allowInternal", "127.0.0.1")
                                .build()));
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private static JsonObject syncAndWait() throws InterruptedException {
        Api.Reply started = ADMIN.post("/api/v1/psa/connections/" + connection + "/sync", "");
        assertEquals(202, started.status(), started.toString());
        return waitFor(connection, started.json().getInt("id"));
    }

    private static JsonObject waitFor(long conn, long run) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(until)) {
            JsonObject r = ADMIN.get("/api/v1/psa/connections/" + conn + "/runs/" + run)
                    .json();
            if (!"RUNNING".equals(r.getString("state"))) {
                return r;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("sync run " + run + " did not finish within 120 s");
    }

    private static long localTicket(long remoteId) {
        return localTicket(connection, remoteId);
    }

    private static long localTicket(long conn, long remoteId) {
        Api.Reply r = ADMIN.get("/api/v1/psa/connections/" + conn + "/tickets/" + remoteId);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonNumber("ticketId").longValue();
    }

    private static long total(String query) {
        Api.Reply r = ADMIN.get("/api/v1/tickets" + query);
        assertEquals(200, r.status(), r.text());
        return r.json().getJsonNumber("total").longValue();
    }

    private static int comments(long ticket) {
        return ADMIN.get("/api/v1/tickets/" + ticket + "/comments").items().size();
    }
}
