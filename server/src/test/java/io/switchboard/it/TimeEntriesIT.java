package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static io.switchboard.it.Fixtures.path;
import static io.switchboard.it.Fixtures.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class TimeEntriesIT {

    private final Api agent = Api.as("agent");

    @Test
    void timeIsLoggedChangedAndRemovedWithTotals() {
        JsonObject t = ticket(agent);
        Instant started = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Api.Reply logged = agent.post(
                path(t) + "/time-entries",
                json(
                        "minutes",
                        45,
                        "billable",
                        true,
                        "workType",
                        "remote",
                        "note",
                        "Rebuilt the profile",
                        "startedAt",
                        started.toString()));
        assertEquals(201, logged.status(), logged.text());
        JsonObject entry = logged.json();
        assertEquals(45, entry.getInt("minutes"));
        assertEquals("agent", entry.getJsonObject("agent").getString("username"), "the caller is the default agent");
        assertEquals(started.toString(), entry.getString("startedAt"));
        assertTrue(logged.header("Location").endsWith("/time-entries/" + entry.getJsonNumber("id")), logged.toString());

        Api.Reply other = agent.post(
                path(t) + "/time-entries", json("minutes", 15, "billable", false, "agentId", 2, "workType", "phone"));
        assertEquals(201, other.status(), other.text());
        assertEquals("supervisor", other.json().getJsonObject("agent").getString("username"));

        JsonObject sheet = agent.get(path(t) + "/time-entries").json();
        assertEquals(2, sheet.getInt("total"));
        assertEquals(60, sheet.getInt("minutes"));
        assertEquals(45, sheet.getInt("billableMinutes"));
        assertEquals(1, sheet.getInt("page"));

        String entryPath = path(t) + "/time-entries/" + entry.getJsonNumber("id");
        Api.Reply stale = agent.patch(entryPath, json("minutes", 50), "\"99\"");
        assertEquals(412, stale.status(), stale.text());
        Api.Reply changed =
                agent.patch(entryPath, json("minutes", 50, "note", null), "\"" + entry.getJsonNumber("version") + "\"");
        assertEquals(200, changed.status(), changed.text());
        assertEquals(50, changed.json().getInt("minutes"));
        assertTrue(!changed.json().containsKey("note") || changed.json().isNull("note"), changed.text());

        assertEquals(
                204,
                agent.delete(path(t) + "/time-entries/" + other.json().getJsonNumber("id"))
                        .status());
        JsonObject after = agent.get(path(t) + "/time-entries").json();
        assertEquals(1, after.getInt("total"));
        assertEquals(50, after.getInt("minutes"));

        String history = agent.get(path(t) + "/history").text();
        assertTrue(history.contains("\"field\":\"time\""), history);
    }

    @Test
    void badTimeIsRefusedWithTheField() {
        JsonObject t = ticket(agent);
        for (String body : new String[] {
            json("billable", true),
            json("minutes", 0),
            json("minutes", 5000),
            json("minutes", 30, "workType", "Not a key!"),
            json(
                    "minutes",
                    30,
                    "startedAt",
                    Instant.now().plus(Duration.ofDays(3)).toString()),
            json("minutes", 30, "agentId", 999999)
        }) {
            Api.Reply r = agent.post(path(t) + "/time-entries", body);
            assertTrue(r.status() == 400 || r.status() == 422, body + " -> " + r);
            assertTrue(r.isProblem(), r.toString());
            assertTrue(r.text().contains("\"field\""), r.text());
        }
        assertEquals(0, agent.get(path(t) + "/time-entries").json().getInt("total"));
        assertEquals(404, agent.get("/api/v1/tickets/TKT-999999/time-entries").status());
    }

    @Test
    void loggedTimeIsAnnouncedAsAnEventForThePsaPush() {
        String id = PluginJars.uniqueId("example-time");
        try (Receiver receiver = new Receiver(9393)) {
            Plugins.installed(PluginJars.as(PluginJars.V1, id, "1.0.0"));
            long instance = Plugins.recorder(id, id, receiver.url("/time"), "record", "ticket.time_logged");
            JsonObject t = ticket(agent);
            Api.Reply logged = agent.post(path(t) + "/time-entries", json("minutes", 30, "workType", "onsite"));
            assertEquals(201, logged.status(), logged.text());
            String number = t.getString("number");
            receiver.await(
                    h -> h.body().contains(number) && h.body().contains("ticket.time_logged"),
                    1,
                    Duration.ofSeconds(30));
            Plugins.deleteInstance(instance);
            Plugins.remove(id);
        }
    }
}
