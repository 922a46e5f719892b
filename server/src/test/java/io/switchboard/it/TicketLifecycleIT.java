package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class TicketLifecycleIT {

    private final Api agent = Api.as("agent");

    @Test
    void creatingATicketGivesItANumberAndStartsItInNew() {
        Api.Reply created = agent.post("/api/v1/tickets", json("summary", "Printer offline", "priority", "high"));
        assertEquals(201, created.status(), created.text());
        JsonObject ticket = created.json();
        assertTrue(ticket.getString("number").matches("TKT-\\d{6}"), ticket.toString());
        assertEquals("new", ticket.getJsonObject("status").getString("key"));
        assertEquals("\"" + ticket.getJsonNumber("version").longValue() + "\"", created.etag());
    }
}
