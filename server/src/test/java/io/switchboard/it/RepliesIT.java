package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static io.switchboard.it.Fixtures.path;
import static io.switchboard.it.Fixtures.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class RepliesIT {

    private final Api agent = Api.as("agent");

    @Test
    void aReplyTakesMarkdownAndItsToAndCc() {
        JsonObject t = ticket(agent);
        Api.Reply r = agent.post(
                path(t) + "/comments",
                json(
                        "body",
                        "Hi,\n\n- **restart** it\n- see [the guide](https://kb.example/g)",
                        "format",
                        "markdown",
                        "to",
                        Json.createArrayBuilder().add("dana@example.com").build(),
                        "cc",
                        Json.createArrayBuilder()
                                .add("lead@example.com, boss@example.com")
                                .build()));
        assertEquals(201, r.status(), r.text());
        String html = r.json().getString("bodyHtml");
        assertTrue(
                html.contains("<li><strong>restart</strong> it</li>") && html.contains("href=\"https://kb.example/g\""),
                html);
        assertEquals("[\"dana@example.com\"]", r.json().getJsonArray("to").toString());
        assertEquals(
                "[\"lead@example.com\",\"boss@example.com\"]",
                r.json().getJsonArray("cc").toString());
    }

    @Test
    void badAddressesAndAnAddressedNoteAreRefused() {
        JsonObject t = ticket(agent);
        Api.Reply bad = agent.post(
                path(t) + "/comments",
                json(
                        "body",
                        "x",
                        "cc",
                        Json.createArrayBuilder().add("not an address").build()));
        assertEquals(400, bad.status(), bad.text());
        assertTrue(bad.text().contains("\"cc\""), bad.text());
        Api.Reply note = agent.post(
                path(t) + "/comments",
                json(
                        "body",
                        "x",
                        "internal",
                        true,
                        "cc",
                        Json.createArrayBuilder().add("a@example.com").build()));
        assertEquals(422, note.status(), note.text());
        assertEquals(
                400,
                agent.post(path(t) + "/comments", json("body", "x", "format", "rtf"))
                        .status());
        assertEquals(0, agent.get(path(t) + "/comments").items().size(), "nothing half-written");
    }
}
