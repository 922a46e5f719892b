package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.emulator.autotask.AutotaskEmulator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sync engine against the Autotask emulator, through the real server and the autotask plugin
 * jar: a queue pulled with notes and re-read without changes, local changes pushed (title, a
 * comment as a note), and a conflict settled by the later writer with the loser in the history.
 */
class PsaAutotaskIT {

    private static final Api ADMIN = Api.as("admin");
    private static AutotaskEmulator at;
    private static long connection;
    private static String queue;

    @BeforeAll
    static void start() throws Exception {
        at = AutotaskEmulator.withDemoData(30, 2);
        at.start(0);
        queue = at.store().picklistValue("Tickets", "queueID", "Level I Support");
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
                        "IT Autotask " + PluginJars.uniqueId("at"),
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
        connection = r.json().getJsonNumber("id").longValue();
        awaitCatalogue();
        Api.Reply chosen = ADMIN.put(
                "/api/v1/psa/connections/" + connection + "/boards",
                "{\"boards\":[{\"remoteId\":\"" + queue + "\",\"remoteName\":\"Level I Support\"}]}",
                null);
        assertEquals(200, chosen.status(), chosen.toString());
    }

    @AfterAll
    static void stop() {
        ADMIN.delete("/api/v1/plugins/instances/" + connection);
        at.close();
    }

    @Test
    void aQueueIsPulledWithItsNotesARerunChangesNothingAndRemoteChangesArrive() throws Exception {
        List<Map<String, Object>> onQueue = onQueue();
        JsonObject first = sync();
        assertEquals("SUCCEEDED", first.getString("state"), first.toString());
        for (Map<String, Object> t : onQueue) {
            local(((Number) t.get("id")).longValue()); // every ticket of the queue has its local twin
        }

        long remoteId = ((Number) onQueue.get(0).get("id")).longValue();
        long ticket = local(remoteId);
        JsonObject local = ADMIN.get("/api/v1/tickets/" + ticket).json();
        assertEquals(onQueue.get(0).get("title"), local.getString("summary"));
        int notes = at.store().notesOf(remoteId).size();
        assertEquals(notes, comments(ticket), "every remote note is a comment");

        JsonObject again = sync();
        assertEquals(0, again.getInt("created"), again.toString());
        assertEquals(0, again.getInt("updated"), "re-reading the overlap changes nothing: " + again);

        at.store().addNote(remoteId, "Replaced the toner; printing again.", 1, 29_682_886L);
        at.store().edit(remoteId, t -> t.put("title", "Changed in Autotask"));
        JsonObject third = sync();
        assertEquals(1, third.getInt("updated"), third.toString());
        assertEquals(
                "Changed in Autotask",
                ADMIN.get("/api/v1/tickets/" + ticket).json().getString("summary"));
        assertEquals(notes + 1, comments(ticket), "the new note arrived once");
    }

    @Test
    void aLocalSummaryAndCommentReachAutotaskOnceAndDoNotComeBack() throws Exception {
        sync();
        long remoteId = ((Number) onQueue().get(1).get("id")).longValue();
        long ticket = local(remoteId);
        int remoteNotes = at.store().notesOf(remoteId).size();
        Api.Reply before = ADMIN.get("/api/v1/tickets/" + ticket);
        assertEquals(
                200,
                ADMIN.patch("/api/v1/tickets/" + ticket, json("summary", "Renamed in Switchboard"), before.etag())
                        .status());
        assertEquals(
                201,
                ADMIN.post("/api/v1/tickets/" + ticket + "/comments", json("body", "Swapped the cable, please retry."))
                        .status());
        await(() -> "Renamed in Switchboard".equals(remote(remoteId).get("title")), "the title reached Autotask");
        await(() -> at.store().notesOf(remoteId).size() == remoteNotes + 1, "the comment reached Autotask");
        int comments = comments(ticket);
        assertEquals("SUCCEEDED", sync().getString("state"));
        assertEquals(comments, comments(ticket), "no echo");
        assertEquals(remoteNotes + 1, at.store().notesOf(remoteId).size(), "pushed once");
    }

    @Test
    void whenBothSidesChangeTheLaterWriterWinsAndTheLoserIsInTheHistory() throws Exception {
        sync();
        long remoteId = ((Number) onQueue().get(2).get("id")).longValue();
        long ticket = local(remoteId);
        // Their change is ten minutes old (the emulator's clock says so), ours is now: ours is the later one.
        at.store().clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10)));
        at.store().edit(remoteId, t -> t.put("title", "Their title"));
        at.store().clock(Clock.systemUTC());
        Api.Reply before = ADMIN.get("/api/v1/tickets/" + ticket);
        assertEquals(
                200,
                ADMIN.patch("/api/v1/tickets/" + ticket, json("summary", "Our title"), before.etag())
                        .status());
        await(() -> "Our title".equals(remote(remoteId).get("title")), "the later local change won");
        await(
                () -> ADMIN.get("/api/v1/tickets/" + ticket + "/history?pageSize=100")
                        .text()
                        .contains("Their title"),
                "the losing remote value is in the history");
    }

    private static List<Map<String, Object>> onQueue() {
        return at.store().tickets().stream()
                .filter(t -> queue.equals(String.valueOf(t.get("queueID"))))
                .toList();
    }

    private static Map<String, Object> remote(long id) {
        return at.store().ticket(id).orElseThrow();
    }

    /** The plugin loads in the background after the server starts: wait until its catalogue answers. */
    private static void awaitCatalogue() throws InterruptedException {
        await(
                () -> ADMIN.get("/api/v1/psa/connections/" + connection + "/catalog/board")
                                .status()
                        == 200,
                "the Autotask queue catalogue");
    }

    private static long local(long remoteId) {
        Api.Reply r = ADMIN.get("/api/v1/psa/connections/" + connection + "/tickets/" + remoteId);
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
