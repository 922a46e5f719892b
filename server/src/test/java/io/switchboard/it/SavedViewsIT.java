package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class SavedViewsIT {

    private final Api agent = Api.as("agent");
    private final Api supervisor = Api.as("supervisor");

    @Test
    void aViewKeepsTheListsParametersAndColumns() {
        String name = "Urgent " + System.nanoTime();
        Api.Reply r = agent.post(
                "/api/v1/views",
                json(
                        "name",
                        name,
                        "query",
                        "status=new,open&priority=high&type=incident&sort=-updatedAt&pageSize=50",
                        "columns",
                        Json.createArrayBuilder()
                                .add("number")
                                .add("summary")
                                .add("updated")
                                .build()));
        assertEquals(201, r.status(), r.text());
        assertEquals(
                "status=new,open&priority=high&type=incident&sort=-updatedAt&pageSize=50",
                r.json().getString("query"));
        assertEquals(3, r.json().getJsonArray("columns").size());
        assertFalse(r.json().getBoolean("shared"));
        assertTrue(agent.get("/api/v1/views?pageSize=200").text().contains(name));
        assertFalse(
                supervisor.get("/api/v1/views?pageSize=200").text().contains(name), "a personal view is its owner's");
        long id = r.json().getJsonNumber("id").longValue();
        Api.Reply renamed =
                agent.put("/api/v1/views/" + id, json("name", name + " (renamed)", "query", "priority=high"), r.etag());
        assertEquals(200, renamed.status(), renamed.text());
        assertEquals(
                412,
                agent.put("/api/v1/views/" + id, json("name", "x", "query", ""), r.etag())
                        .status());
        assertEquals(204, agent.delete("/api/v1/views/" + id).status());
        assertEquals(404, agent.get("/api/v1/views/" + id).status());
    }

    @Test
    void sharedViewsAreWrittenBySupervisorsAndBadOnesAreRefused() {
        assertEquals(
                403,
                agent.post("/api/v1/views", json("name", "x", "query", "", "shared", true))
                        .status());
        Api.Reply shared = supervisor.post(
                "/api/v1/views",
                json("name", "Team " + System.nanoTime(), "query", "assigned=unassigned", "shared", true));
        assertEquals(201, shared.status(), shared.text());
        assertTrue(agent.get("/api/v1/views?pageSize=200")
                .text()
                .contains(shared.json().getString("name")));
        Api.Reply bad = agent.post("/api/v1/views", json("name", "x", "query", "priority=urgentest"));
        assertEquals(400, bad.status(), bad.text());
        assertTrue(bad.text().contains("query.priority"), bad.text());
        Api.Reply badColumn = agent.post(
                "/api/v1/views",
                json(
                        "name",
                        "x",
                        "query",
                        "",
                        "columns",
                        Json.createArrayBuilder().add("colour").build()));
        assertEquals(400, badColumn.status(), badColumn.text());
        assertEquals(400, agent.post("/api/v1/views", json("query", "")).status(), "a view needs a name");
    }
}
