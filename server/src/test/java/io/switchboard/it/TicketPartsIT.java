package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static io.switchboard.it.Fixtures.path;
import static io.switchboard.it.Fixtures.reload;
import static io.switchboard.it.Fixtures.ticket;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketPartsIT {

    private final Api agent = Api.as("agent");

    @Test
    void hostileHtmlInACommentIsSanitisedAndATextVersionKept() {
        JsonObject ticket = ticket(agent);
        Api.Reply reply = agent.post(
                path(ticket) + "/comments",
                json(
                        "format",
                        "html",
                        "body",
                        "<p onclick=\"steal()\">Hi <script>alert(1)</script><a href=\"javascript:x()\">there</a>"
                                + " <a href=\"https://example.com\">docs</a><img src=\"https://tracker.example/p.gif\"></p>"));
        assertEquals(201, reply.status(), reply.text());
        String html = reply.json().getString("bodyHtml");
        assertFalse(
                html.contains("script")
                        || html.contains("onclick")
                        || html.contains("javascript:")
                        || html.contains("<img"),
                html);
        assertTrue(html.contains("href=\"https://example.com\"") && html.contains("noopener"), html);
        assertEquals("Hi there docs", reply.json().getString("bodyText"));
    }

    @Test
    void plainTextCommentsAreEscapedAndKeepTheirLines() {
        JsonObject ticket = ticket(agent);
        Api.Reply reply = agent.post(path(ticket) + "/comments", json("body", "line one\nline <two>\n\nnew paragraph"));
        assertEquals(
                "<p>line one<br>line &lt;two&gt;</p><p>new paragraph</p>",
                reply.json().getString("bodyHtml"));
    }

    @Test
    void internalNotesCanBeLeftOutOfTheConversation() {
        JsonObject ticket = ticket(agent);
        agent.post(path(ticket) + "/comments", json("body", "public"));
        agent.post(path(ticket) + "/comments", json("body", "internal", "internal", true));
        assertEquals(2, agent.get(path(ticket) + "/comments").items().size());
        JsonArray publicOnly =
                agent.get(path(ticket) + "/comments?internal=false").items();
        assertEquals(1, publicOnly.size());
        assertEquals("public", publicOnly.getJsonObject(0).getString("bodyText"));
        Api.Reply invalid =
                agent.post(path(ticket) + "/comments", json("body", "x", "internal", true, "solution", true));
        assertEquals(400, invalid.status(), "an internal note cannot be the solution");
    }

    @Test
    void tasksAreAddedTickedOffWithVersionChecksAndRemoved() {
        JsonObject ticket = ticket(agent);
        Api.Reply first = agent.post(path(ticket) + "/tasks", json("title", "Back up the mailbox", "assigneeId", "me"));
        Api.Reply second = agent.post(path(ticket) + "/tasks", json("title", "Rebuild the profile"));
        assertEquals(201, first.status(), first.text());
        long taskId = first.json().getJsonNumber("id").longValue();
        assertEquals(2, second.json().getInt("position"));

        Api.Reply done = agent.patch(path(ticket) + "/tasks/" + taskId, json("done", true), first.etag());
        assertEquals(200, done.status(), done.text());
        assertTrue(done.json().getBoolean("done"));
        assertEquals("agent", done.json().getString("doneBy"));
        assertEquals(
                412,
                agent.patch(path(ticket) + "/tasks/" + taskId, json("title", "stale"), first.etag())
                        .status());

        assertEquals(204, agent.delete(path(ticket) + "/tasks/" + taskId).status());
        List<String> titles = agent.get(path(ticket) + "/tasks").items().getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("title"))
                .toList();
        assertEquals(List.of("Rebuild the profile"), titles);
        assertEquals(404, agent.delete(path(ticket) + "/tasks/" + taskId).status());
    }

    @Test
    void linksAreSeenFromBothSidesAndRefuseSelfDuplicatesAndCycles() {
        JsonObject a = ticket(agent);
        JsonObject b = ticket(agent);
        JsonObject c = ticket(agent);
        Api.Reply child = agent.post(path(a) + "/links", json("ticket", b.getString("number"), "role", "child"));
        assertEquals(201, child.status(), child.text());
        assertEquals(
                "parent", agent.get(path(b) + "/links").items().getJsonObject(0).getString("role"));

        assertEquals(
                422,
                agent.post(path(a) + "/links", json("ticket", a.getString("number"), "role", "related"))
                        .status());
        assertEquals(
                409,
                agent.post(path(b) + "/links", json("ticket", a.getString("number"), "role", "related"))
                        .status());
        assertEquals(
                201,
                agent.post(path(b) + "/links", json("ticket", c.getString("number"), "role", "child"))
                        .status());
        Api.Reply cycle = agent.post(path(c) + "/links", json("ticket", a.getString("number"), "role", "child"));
        assertEquals(422, cycle.status(), "a ticket cannot become its own ancestor: " + cycle.text());
        JsonObject d = ticket(agent);
        assertEquals(
                409,
                agent.post(path(d) + "/links", json("ticket", b.getString("number"), "role", "child"))
                        .status(),
                "b already has a parent");

        Api.Reply dup = agent.post(path(d) + "/links", json("ticket", c.getString("number"), "role", "original"));
        assertEquals("original", dup.json().getString("role"));
        assertEquals(
                "duplicate",
                agent.get(path(c) + "/links").items().getValuesAs(JsonObject.class).stream()
                        .filter(l ->
                                l.getJsonObject("ticket").getString("number").equals(d.getString("number")))
                        .findFirst()
                        .orElseThrow()
                        .getString("role"));

        long linkId = child.json().getJsonNumber("id").longValue();
        assertEquals(204, agent.delete(path(a) + "/links/" + linkId).status());
        assertTrue(agent.get(path(a) + "/links").items().isEmpty());
        assertEquals(
                422,
                agent.post(path(a) + "/links", json("ticket", "TKT-999999999", "role", "related"))
                        .status());
    }

    @Test
    void historyRecordsEveryChangeInOrderWithActorAndOrigin() {
        JsonObject ticket = ticket(agent);
        agent.patch(path(ticket), json("priority", "high", "summary", "Renamed"), Fixtures.etag(ticket));
        agent.post(path(ticket) + "/status", json("status", "in_progress"));
        JsonObject page = agent.get(path(ticket) + "/history").json();
        List<String> fields = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("field"))
                .toList();
        assertEquals(List.of("created", "summary", "priority", "status"), fields);
        JsonObject status = page.getJsonArray("items").getJsonObject(3);
        assertEquals("new", status.getString("oldValue"));
        assertEquals("in_progress", status.getString("newValue"));
        assertEquals("agent", status.getString("actor"));
        assertEquals("api", status.getString("origin"));
        assertEquals(4, page.getJsonNumber("total").longValue());
    }

    @Test
    void attachmentsUploadListAndDownloadSafely() {
        JsonObject ticket = ticket(agent);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Api.Reply uploaded = agent.upload(path(ticket) + "/attachments", "../../etc/screen shot.txt", png);
        assertEquals(201, uploaded.status(), uploaded.text());
        JsonObject meta = uploaded.json();
        assertEquals("screen shot.txt", meta.getString("filename"), "only the last path segment is kept");
        assertEquals("image/png", meta.getString("contentType"), "the type comes from the content, not the name");
        assertEquals(png.length, meta.getInt("size"));
        assertEquals(1, agent.get(path(ticket) + "/attachments").items().size());

        Api.Reply download = agent.get(path(ticket) + "/attachments/" + meta.getJsonNumber("id"));
        assertArrayEquals(png, download.bytes());
        assertTrue(download.header("content-disposition").startsWith("attachment;"));
        assertEquals("nosniff", download.header("x-content-type-options"));
        assertEquals("application/octet-stream", download.header("content-type"));
        assertTrue(agent.get(path(reload(agent, ticket)) + "/history").text().contains("screen shot.txt"));
    }

    @Test
    void anEmptyOrOversizedAttachmentIsRefused() {
        JsonObject ticket = ticket(agent);
        assertEquals(
                400,
                agent.upload(path(ticket) + "/attachments", "empty.txt", new byte[0])
                        .status());
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Api.Reply tooBig = agent.upload(path(ticket) + "/attachments", "big.bin", big);
        assertEquals(413, tooBig.status(), tooBig.text());
        assertTrue(agent.get(path(ticket) + "/attachments").items().isEmpty());
        Api.Reply notMultipart = agent.raw(
                "POST", path(ticket) + "/attachments", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, notMultipart.status());
    }

    @Test
    void aReplySendsFilesOfItsOwnTicketOnceAndRefusesOthersWithoutWritingAWord() {
        JsonObject ticket = ticket(agent);
        JsonObject other = ticket(agent);
        long log = fileId(agent.upload(path(ticket) + "/attachments", "boot.log", bytes("boot log")));
        long foreign = fileId(agent.upload(path(other) + "/attachments", "other.txt", bytes("another ticket's")));
        int before = agent.get(path(ticket) + "/comments").items().size();

        Api.Reply refused = agent.post(
                path(ticket) + "/comments",
                json(
                        "body",
                        "See the log",
                        "attachments",
                        Json.createArrayBuilder().add(log).add(foreign).build()));
        assertEquals(422, refused.status(), refused.text());
        assertTrue(refused.text().contains("file " + foreign + " is not an attachment of this ticket"), refused.text());
        assertEquals(before, agent.get(path(ticket) + "/comments").items().size(), "no reply half-written");

        Api.Reply sent = agent.post(
                path(ticket) + "/comments",
                json(
                        "body",
                        "See the log",
                        "attachments",
                        Json.createArrayBuilder().add(log).build()));
        assertEquals(201, sent.status(), sent.text());
        JsonObject file = agent.get(path(ticket) + "/attachments").items().getJsonObject(0);
        assertEquals(sent.json().getJsonNumber("id"), file.getJsonNumber("commentId"), "the file is the reply's now");

        Api.Reply again = agent.post(
                path(ticket) + "/comments",
                json(
                        "body",
                        "Once more",
                        "attachments",
                        Json.createArrayBuilder().add(log).build()));
        assertEquals(422, again.status(), again.text());
        assertTrue(again.text().contains("already sent with another comment"), again.text());
        Api.Reply wrongShape = agent.post(path(ticket) + "/comments", json("body", "x", "attachments", "boot.log"));
        assertEquals(400, wrongShape.status(), wrongShape.text());
    }

    private static long fileId(Api.Reply uploaded) {
        assertEquals(201, uploaded.status(), uploaded.text());
        return uploaded.json().getJsonNumber("id").longValue();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
