package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.emulator.connectwise.ConnectWiseEmulator;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Local changes of a synced ticket reach ConnectWise through the outbox; nothing echoes; conflicts are logged. */
class PsaPushIT {

    private static final Api ADMIN = Api.as("admin");
    private static ConnectWiseEmulator cw;
    private static long connection;
    private static String boardId;

    @BeforeAll
    static void start() throws Exception {
        cw = ConnectWiseEmulator.withDemoData(12, 1);
        cw.start(0);
        connection = PsaConnections.connectWise(cw, "IT CW push", "5d5a0f53-0000-4000-8000-000000000002");
        boardId = cw.store().board("Service Desk").get("id").toString();
        PsaConnections.selectBoard(connection, boardId);
        assertEquals("SUCCEEDED", sync().getString("state"));
    }

    @AfterAll
    static void stop() {
        ADMIN.delete("/api/v1/plugins/instances/" + connection);
        cw.close();
    }

    @Test
    void aLocalSummaryAndCommentReachThePsaOnceAndDoNotComeBack() throws Exception {
        long remoteId = firstRemoteTicket();
        long ticket = local(remoteId);
        int remoteNotes = cw.store().notesOf(remoteId).size();
        Api.Reply before = ADMIN.get("/api/v1/tickets/" + ticket);
        Api.Reply patched =
                ADMIN.patch("/api/v1/tickets/" + ticket, json("summary", "Renamed in Switchboard"), before.etag());
        assertEquals(200, patched.status(), patched.toString());
        Api.Reply comment =
                ADMIN.post("/api/v1/tickets/" + ticket + "/comments", json("body", "Replaced the PSU, please check."));
        assertEquals(201, comment.status(), comment.toString());

        await(
                () -> "Renamed in Switchboard".equals(remote(remoteId).get("summary")),
                "the summary reached ConnectWise");
        await(() -> cw.store().notesOf(remoteId).size() == remoteNotes + 1, "the comment reached ConnectWise");
        assertTrue(cw.store().notesOf(remoteId).stream()
                .anyMatch(n -> String.valueOf(n.get("text")).contains("Replaced the PSU")));

        int comments =
                ADMIN.get("/api/v1/tickets/" + ticket + "/comments").items().size();
        JsonObject run = sync();
        assertEquals("SUCCEEDED", run.getString("state"), run.toString());
        assertEquals(
                comments,
                ADMIN.get("/api/v1/tickets/" + ticket + "/comments").items().size(),
                "no echo");
        assertEquals(remoteNotes + 1, cw.store().notesOf(remoteId).size(), "pushed once");
    }

    @Test
    void whenBothSidesChangeTheLaterWriterWinsAndTheLoserIsInTheHistory() throws Exception {
        long remoteId = cw.store().tickets().stream()
                .filter(t -> boardId.equals(String.valueOf(((Map<?, ?>) t.get("board")).get("id"))))
                .map(t -> ((Number) t.get("id")).longValue())
                .skip(1)
                .findFirst()
                .orElseThrow();
        long ticket = local(remoteId);
        // Their change is ten minutes old (the emulator's clock says so), ours is now: ours is the later one.
        cw.store().clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10)));
        cw.store().edit(remoteId, "jsmith", t -> t.put("summary", "Their summary"));
        cw.store().clock(Clock.systemUTC());
        Api.Reply before = ADMIN.get("/api/v1/tickets/" + ticket);
        assertEquals(
                200,
                ADMIN.patch("/api/v1/tickets/" + ticket, json("summary", "Our summary"), before.etag())
                        .status());
        await(() -> "Our summary".equals(remote(remoteId).get("summary")), "the later local change won");
        await(
                () -> ADMIN.get("/api/v1/tickets/" + ticket + "/history?pageSize=100")
                        .text()
                        .contains("Their summary"),
                "the losing remote value is in the history");
    }

    @Test
    void aRemoteChangeInTheSameSecondAsOurPushIsStillPulled() throws Exception {
        long remoteId = boardTickets().skip(2).findFirst().orElseThrow();
        long ticket = local(remoteId);
        // ConnectWise's version is its lastUpdated, to the second: with its clock frozen, our push and
        // their later change carry the same one.
        cw.store().clock(Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC));
        try {
            Api.Reply before = ADMIN.get("/api/v1/tickets/" + ticket);
            assertEquals(
                    200,
                    ADMIN.patch("/api/v1/tickets/" + ticket, json("summary", "Pushed this second"), before.etag())
                            .status());
            await(() -> "Pushed this second".equals(remote(remoteId).get("summary")), "our summary was pushed");
            boolean critical = "critical".equals(before.json().getString("priority"));
            Map<String, Object> theirs = cw.store().priorities().stream()
                    .filter(p -> String.valueOf(p.get("name")).contains(critical ? "Low" : "Emergency"))
                    .findFirst()
                    .orElseThrow();
            cw.store()
                    .edit(
                            remoteId,
                            "jsmith",
                            t -> t.put("priority", Map.of("id", theirs.get("id"), "name", theirs.get("name"))));

            JsonObject run = sync();
            assertEquals("SUCCEEDED", run.getString("state"), run.toString());
            JsonObject after = ADMIN.get("/api/v1/tickets/" + ticket).json();
            assertEquals(critical ? "low" : "critical", after.getString("priority"), "their priority was pulled");
            assertEquals("Pushed this second", after.getString("summary"), "our summary stays");
        } finally {
            cw.store().clock(Clock.systemUTC());
        }
    }

    @Test
    void timeLoggedOnASyncedTicketReachesThePsaOnceUnderItsAgentsMember() throws Exception {
        long remoteId = boardTickets().skip(3).findFirst().orElseThrow();
        long ticket = local(remoteId);
        long agentId = ADMIN.get("/api/v1/me")
                .json()
                .getJsonObject("agent")
                .getJsonNumber("id")
                .longValue();
        Object memberId = cw.store().members().stream()
                .filter(m -> "lchen".equals(m.get("identifier")))
                .findFirst()
                .orElseThrow()
                .get("id");
        Api.Reply mapped = ADMIN.put(
                "/api/v1/psa/connections/" + connection + "/mappings",
                "{\"mappings\":[{\"kind\":\"member\",\"remoteId\":\"" + memberId + "\",\"localValue\":\"" + agentId
                        + "\"}]}",
                null);
        assertEquals(200, mapped.status(), mapped.text());
        int before = timeOf(remoteId).size();

        Api.Reply logged = ADMIN.post(
                "/api/v1/tickets/" + ticket + "/time-entries",
                json(
                        "minutes",
                        45,
                        "billable",
                        false,
                        "note",
                        "Swapped the dock",
                        "workType",
                        "remote",
                        "startedAt",
                        "2026-12-01T09:00:00Z"));
        assertEquals(201, logged.status(), logged.text());
        await(() -> timeOf(remoteId).size() == before + 1, "the time reached ConnectWise");
        Map<String, Object> entry = timeOf(remoteId).get(before);
        assertEquals(memberId, ((Map<?, ?>) entry.get("member")).get("id"), "under the member the agent maps to");
        assertEquals("2026-12-01T09:00:00Z", entry.get("timeStart"));
        assertEquals("2026-12-01T09:45:00Z", entry.get("timeEnd"));
        assertEquals("DoNotBill", entry.get("billableOption"));
        assertEquals("[remote] Swapped the dock", entry.get("notes"));

        // every later push plans from the ticket's state: the entry the PSA has is not logged again
        int notes = cw.store().notesOf(remoteId).size();
        assertEquals(
                201,
                ADMIN.post("/api/v1/tickets/" + ticket + "/comments", json("body", "Dock swapped, all good."))
                        .status());
        await(() -> cw.store().notesOf(remoteId).size() == notes + 1, "the comment reached ConnectWise");
        assertEquals(before + 1, timeOf(remoteId).size(), "the time was logged once");
    }

    @Test
    void aLocalTicketSentToThePsaOpensThereWithItsStoryOnceAndSyncsFromThen() throws Exception {
        Api.Reply created = ADMIN.post(
                "/api/v1/tickets",
                json(
                        "summary",
                        "Escalate: core switch " + System.nanoTime(),
                        "description",
                        "The core switch reboots at random.",
                        "priority",
                        "high"));
        assertEquals(201, created.status(), created.text());
        String number = created.json().getString("number");
        assertEquals(
                201,
                ADMIN.post("/api/v1/tickets/" + number + "/comments", json("body", "Port 24 flaps every minute."))
                        .status());
        String send = "/api/v1/tickets/" + number + "/psa";

        Api.Reply noCompany = ADMIN.post(send, json("connection", connection, "board", boardId));
        assertEquals(422, noCompany.status(), noCompany.text());
        assertTrue(noCompany.text().contains("company"), noCompany.text());
        Api.Reply otherBoard = ADMIN.post(send, json("connection", connection, "board", "999999", "company", "1"));
        assertEquals(422, otherBoard.status(), otherBoard.text());
        assertTrue(otherBoard.text().contains("is not a board"), otherBoard.text());

        String companyId = String.valueOf(cw.store().companies().get(0).get("id"));
        Api.Reply sent = ADMIN.post(send, json("connection", connection, "board", boardId, "company", companyId));
        assertEquals(201, sent.status(), sent.text());
        long remoteId = Long.parseLong(sent.json().getString("remoteId"));
        Map<String, Object> remote = remote(remoteId);
        assertEquals(created.json().getString("summary"), remote.get("summary"));
        assertEquals(boardId, String.valueOf(((Map<?, ?>) remote.get("board")).get("id")));
        assertEquals(companyId, String.valueOf(((Map<?, ?>) remote.get("company")).get("id")));
        assertEquals(
                "switchboard-" + connection + "-" + created.json().getJsonNumber("id"), remote.get("externalXRef"));
        assertTrue(
                cw.store().notesOf(remoteId).stream()
                        .anyMatch(n -> String.valueOf(n.get("text")).contains("Port 24 flaps")),
                "the comment went with it");
        assertEquals(created.json().getJsonNumber("id").longValue(), local(remoteId), "linked both ways");

        Api.Reply again = ADMIN.post(send, json("connection", connection, "board", boardId, "company", companyId));
        assertEquals(409, again.status(), again.text());
        int notes = cw.store().notesOf(remoteId).size();
        assertEquals(
                201,
                ADMIN.post("/api/v1/tickets/" + number + "/comments", json("body", "Replaced the SFP."))
                        .status());
        await(() -> cw.store().notesOf(remoteId).size() == notes + 1, "a later comment syncs like any other");
        JsonObject run = sync();
        assertEquals("SUCCEEDED", run.getString("state"), run.toString());
        assertEquals(
                2,
                ADMIN.get("/api/v1/tickets/" + number + "/comments").items().size(),
                "nothing came back: neither the comments nor the note ConnectWise made of the description");
    }

    @Test
    void aFileOnASyncedTicketReachesThePsaOnce() throws Exception {
        long remoteId = boardTickets().skip(4).findFirst().orElseThrow();
        long ticket = local(remoteId);
        byte[] log = ("switch log " + System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Api.Reply uploaded = ADMIN.upload("/api/v1/tickets/" + ticket + "/attachments", "switch.log", log);
        assertEquals(201, uploaded.status(), uploaded.text());
        await(() -> documentsOf(remoteId).size() == 1, "the file reached ConnectWise");
        Map<String, Object> doc = documentsOf(remoteId).get(0);
        assertEquals("switch.log", doc.get("fileName"));
        assertEquals((long) log.length, ((Number) doc.get("size")).longValue());

        int notes = cw.store().notesOf(remoteId).size();
        assertEquals(
                201,
                ADMIN.post("/api/v1/tickets/" + ticket + "/comments", json("body", "Log attached."))
                        .status());
        await(() -> cw.store().notesOf(remoteId).size() == notes + 1, "the comment reached ConnectWise");
        assertEquals(1, documentsOf(remoteId).size(), "the file went once");
    }

    @Test
    void anAgentPutsAPsaMemberOnTheTicketAndTakesThemOffAgain() throws Exception {
        long remoteId = boardTickets().findFirst().orElseThrow();
        long ticket = local(remoteId);
        String path = "/api/v1/tickets/" + ticket + "/psa";
        Api.Reply found = ADMIN.get(path + "/members?q=garc");
        assertEquals(200, found.status(), found.text());
        JsonObject ana = found.array().getJsonObject(0);
        assertEquals("Ana Garcia", ana.getString("name"), found.text());
        int before = cw.store().scheduleEntriesOf(remoteId).size();

        Api.Reply added = ADMIN.post(path + "/resources", json("memberId", ana.getString("id")));
        assertEquals(200, added.status(), added.text());
        assertEquals(before + 1, cw.store().scheduleEntriesOf(remoteId).size(), "a schedule entry in ConnectWise");
        JsonObject resource = added.json().getJsonArray("resources").stream()
                .map(v -> v.asJsonObject())
                .filter(r -> r.getString("memberId").equals(ana.getString("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the link shows the new member: " + added.text()));

        assertTrue(
                ADMIN.get(path).text().contains("\"" + resource.getString("id") + "\""),
                "kept on the link: " + ADMIN.get(path).text());
        assertEquals(404, ADMIN.delete(path + "/resources/no-such-assignment").status());
        Api.Reply removed = ADMIN.delete(path + "/resources/" + resource.getString("id"));
        assertEquals(200, removed.status(), removed.text());
        assertEquals(before, cw.store().scheduleEntriesOf(remoteId).size(), "the schedule entry is gone");
        assertTrue(removed.json().getJsonArray("resources").stream()
                .noneMatch(v -> v.asJsonObject().getString("id").equals(resource.getString("id"))));
        assertEquals(
                404,
                ADMIN.get("/api/v1/tickets/"
                                + ADMIN.post("/api/v1/tickets", json("summary", "Local only"))
                                        .json()
                                        .getString("number")
                                + "/psa")
                        .status(),
                "a ticket with no PSA ticket");
    }

    private static List<Map<String, Object>> documentsOf(long remoteId) {
        return cw.store().documents().stream()
                .filter(d -> ((Number) d.get("recordId")).longValue() == remoteId)
                .toList();
    }

    private static List<Map<String, Object>> timeOf(long remoteId) {
        return cw.store().timeEntries().stream()
                .filter(e -> ((Number) e.get("chargeToId")).longValue() == remoteId)
                .toList();
    }

    private static java.util.stream.Stream<Long> boardTickets() {
        return cw.store().tickets().stream()
                .filter(t -> boardId.equals(String.valueOf(((Map<?, ?>) t.get("board")).get("id"))))
                .map(t -> ((Number) t.get("id")).longValue());
    }

    private static Map<String, Object> remote(long id) {
        return cw.store().ticket(id).orElseThrow();
    }

    private static long firstRemoteTicket() {
        return cw.store().tickets().stream()
                .filter(t -> boardId.equals(String.valueOf(((Map<?, ?>) t.get("board")).get("id"))))
                .map(t -> ((Number) t.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }

    private static long local(long remoteId) {
        Api.Reply r = ADMIN.get("/api/v1/psa/connections/" + connection + "/tickets/" + remoteId);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonNumber("ticketId").longValue();
    }

    private static JsonObject sync() throws InterruptedException {
        return PsaConnections.sync(connection);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within 60 s: " + what);
    }
}
