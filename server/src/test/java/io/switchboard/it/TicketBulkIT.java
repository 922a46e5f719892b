package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static io.switchboard.it.Fixtures.path;
import static io.switchboard.it.Fixtures.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketBulkIT {

    private final Api agent = Api.as("agent");

    private static String numbers(JsonObject... tickets) {
        var a = Json.createArrayBuilder();
        for (JsonObject t : tickets) {
            a.add(t.getString("number"));
        }
        return a.build().toString();
    }

    @Test
    void eachTicketSaysWhatChangedOrWhyItWasRefused() {
        JsonObject a = ticket(agent);
        JsonObject b = ticket(agent);
        JsonObject stale = ticket(agent);
        var tickets = Json.createArrayBuilder()
                .add(a.getString("number"))
                .add(b.getString("number"))
                .add(Json.createObjectBuilder()
                        .add("number", stale.getString("number"))
                        .add("version", 99))
                .add("TKT-999999")
                .build();
        Api.Reply r = agent.post(
                "/api/v1/tickets/bulk",
                "{\"tickets\":" + tickets + ",\"set\":" + json("priority", "high", "assigneeId", "me", "addTag", "vip")
                        + "}");
        assertEquals(200, r.status(), r.text());
        JsonObject result = r.json();
        assertEquals(2, result.getInt("changed"), r.text());
        assertEquals(2, result.getInt("refused"), r.text());
        JsonObject first = result.getJsonArray("items").getJsonObject(0);
        assertEquals(a.getString("number"), first.getString("ticket"));
        assertEquals("changed", first.getString("outcome"));
        List<String> changes = first.getJsonArray("changes").getValuesAs(jakarta.json.JsonString::getString);
        assertTrue(changes.contains("priority medium → high") && changes.contains("tag +vip"), changes.toString());
        JsonObject refusedStale = result.getJsonArray("items").getJsonObject(2);
        assertEquals("refused", refusedStale.getString("outcome"));
        assertTrue(refusedStale.getString("reason").contains("version"), refusedStale.toString());
        assertEquals("refused", result.getJsonArray("items").getJsonObject(3).getString("outcome"));

        JsonObject after = agent.get(path(b)).json();
        assertEquals("high", after.getString("priority"));
        assertEquals("agent", after.getJsonObject("assignee").getString("username"));
        assertEquals("medium", agent.get(path(stale)).json().getString("priority"), "the stale one was left alone");
    }

    @Test
    void anIllegalMoveIsRefusedForThatTicketOnly() {
        JsonObject fresh = ticket(agent);
        JsonObject working = ticket(agent);
        assertEquals(
                200,
                agent.post(path(working) + "/status", json("status", "in_progress"))
                        .status());
        assertEquals(
                200,
                agent.post(path(working) + "/status", json("status", "resolved"))
                        .status());
        Api.Reply r = agent.post(
                "/api/v1/tickets/bulk", "{\"tickets\":" + numbers(fresh, working) + ",\"set\":{\"close\":true}}");
        assertEquals(200, r.status(), r.text());
        var items = r.json().getJsonArray("items");
        assertEquals("refused", items.getJsonObject(0).getString("outcome"), "new cannot be closed: " + r.text());
        assertTrue(items.getJsonObject(0).getString("reason").contains("cannot be closed"), r.text());
        assertEquals("changed", items.getJsonObject(1).getString("outcome"), r.text());
        assertEquals(
                "closed",
                agent.get(path(working)).json().getJsonObject("status").getString("key"));
    }

    @Test
    void aFilterSelectsTheTicketsAndBadBodiesAreRefused() {
        String tag = "bulk" + System.nanoTime();
        JsonObject one = ticket(agent, json("summary", "Bulk filter " + tag, "priority", "low"));
        JsonObject two = ticket(agent, json("summary", "Bulk filter " + tag, "priority", "low"));
        Api.Reply r =
                agent.post("/api/v1/tickets/bulk", "{\"filter\":{\"q\":\"" + tag + "\"},\"set\":{\"boardId\":2}}");
        assertEquals(200, r.status(), r.text());
        assertEquals(2, r.json().getInt("changed"), r.text());
        assertEquals(
                "Infrastructure",
                agent.get(path(one)).json().getJsonObject("board").getString("name"));
        assertEquals(
                "Infrastructure",
                agent.get(path(two)).json().getJsonObject("board").getString("name"));

        assertEquals(
                400,
                agent.post("/api/v1/tickets/bulk", "{\"tickets\":[\"x\"],\"set\":{\"priority\":\"high\"}}")
                        .status());
        assertEquals(
                400,
                agent.post("/api/v1/tickets/bulk", "{\"tickets\":[\"TKT-000001\"],\"set\":{}}")
                        .status());
        assertEquals(
                400,
                agent.post("/api/v1/tickets/bulk", "{\"tickets\":[\"TKT-000001\"],\"set\":{\"colour\":\"red\"}}")
                        .status());
        assertEquals(
                400,
                agent.post("/api/v1/tickets/bulk", "{\"set\":{\"priority\":\"high\"}}")
                        .status());
        Api.Reply badFilter = agent.post(
                "/api/v1/tickets/bulk", "{\"filter\":{\"priority\":\"urgentest\"},\"set\":{\"close\":true}}");
        assertEquals(400, badFilter.status(), badFilter.text());
        assertTrue(badFilter.text().contains("filter.priority"), badFilter.text());
    }
}
