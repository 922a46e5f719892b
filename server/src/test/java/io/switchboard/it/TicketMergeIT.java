package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static io.switchboard.it.Fixtures.path;
import static io.switchboard.it.Fixtures.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketMergeIT {

    private final Api agent = Api.as("agent");

    private List<String> numbersLinkedTo(JsonObject t) {
        return agent.get(path(t) + "/links").items().stream()
                .map(v -> v.asJsonObject().getJsonObject("ticket").getString("number"))
                .toList();
    }

    @Test
    void everythingMovesToTheSurvivorAndTheMergedTicketPointsAtIt() {
        JsonObject merged = ticket(agent);
        JsonObject survivor = ticket(agent);
        JsonObject third = ticket(agent);
        assertEquals(
                201,
                agent.post(path(merged) + "/comments", json("body", "Printer still offline"))
                        .status());
        assertEquals(
                201,
                agent.post(path(merged) + "/tasks", json("title", "Swap the toner"))
                        .status());
        assertEquals(
                201,
                agent.post(path(survivor) + "/tasks", json("title", "Check the queue"))
                        .status());
        assertEquals(
                201,
                agent.post(path(merged) + "/time-entries", json("minutes", 20)).status());
        assertEquals(
                200, agent.post(path(merged) + "/watchers", json("agentId", 2)).status() / 100 * 100);
        assertEquals(
                201,
                agent.upload(path(merged) + "/attachments", "log.txt", "E42".getBytes(StandardCharsets.UTF_8))
                        .status());
        assertEquals(
                201,
                agent.post(path(merged) + "/links", json("ticket", third.getString("number"), "role", "related"))
                        .status());

        Api.Reply r = agent.post(path(merged) + "/merge", json("into", survivor.getString("number")));
        assertEquals(200, r.status(), r.text());
        assertEquals(survivor.getString("number"), r.json().getString("number"), "the answer is the survivor");
        assertTrue(
                r.json().getJsonArray("watchers").stream()
                        .anyMatch(w -> w.asJsonObject().getString("username").equals("supervisor")),
                r.text());

        assertTrue(agent.get(path(survivor) + "/comments").text().contains("Printer still offline"));
        List<String> tasks = agent.get(path(survivor) + "/tasks").items().stream()
                .map(v -> v.asJsonObject().getString("title"))
                .toList();
        assertEquals(
                List.of("Check the queue", "Swap the toner"), tasks, "the moved tasks come after the survivor's own");
        assertEquals(20, agent.get(path(survivor) + "/time-entries").json().getInt("minutes"));
        assertEquals(1, agent.get(path(survivor) + "/attachments").items().size());
        List<String> linked = numbersLinkedTo(survivor);
        assertTrue(
                linked.contains(third.getString("number")) && linked.contains(merged.getString("number")),
                linked.toString());
        assertEquals(List.of(survivor.getString("number")), numbersLinkedTo(merged), "only the pointer stays");

        JsonObject gone = agent.get(path(merged)).json();
        assertEquals("closed", gone.getJsonObject("status").getString("category"));
        assertEquals(survivor.getString("number"), gone.getString("mergedInto"));
        assertEquals(0, agent.get(path(merged) + "/comments").items().size());
        assertTrue(agent.get(path(merged) + "/history").text().contains("into " + survivor.getString("number")));
        assertTrue(agent.get(path(survivor) + "/history").text().contains(merged.getString("number") + " merged in"));
    }

    @Test
    void aMergeThatCannotBeIsRefusedWithTheReason() {
        JsonObject a = ticket(agent);
        JsonObject b = ticket(agent);
        JsonObject c = ticket(agent);
        assertEquals(
                422,
                agent.post(path(a) + "/merge", json("into", a.getString("number")))
                        .status());
        assertEquals(
                422, agent.post(path(a) + "/merge", json("into", "TKT-999999")).status());
        assertEquals(
                400, agent.post(path(a) + "/merge", json("into", "printer")).status());
        assertEquals(
                400,
                agent.post(path(a) + "/merge", json("target", b.getString("number")))
                        .status());
        assertEquals(
                412,
                agent.post(
                                path(a) + "/merge",
                                json("into", b.getString("number")),
                                java.util.Map.of("If-Match", "\"99\""))
                        .status());
        assertEquals(
                200,
                agent.post(path(a) + "/merge", json("into", b.getString("number")))
                        .status());
        Api.Reply again = agent.post(path(a) + "/merge", json("into", c.getString("number")));
        assertEquals(409, again.status(), again.text());
        assertTrue(again.isProblem());
        Api.Reply intoMerged = agent.post(path(c) + "/merge", json("into", a.getString("number")));
        assertEquals(422, intoMerged.status(), intoMerged.text());
        assertTrue(
                intoMerged.text().contains(b.getString("number")), "says where to merge instead: " + intoMerged.text());
        assertTrue(agent.get(path(c)).json().get("mergedInto") == null
                || agent.get(path(c)).json().get("mergedInto") == JsonValue.NULL);
    }
}
