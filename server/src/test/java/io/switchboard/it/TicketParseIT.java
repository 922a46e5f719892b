package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

class TicketParseIT {

    private final Api agent = Api.as("agent");

    @Test
    void parsingProposesATicketAndCreatesNothing() {
        long before = agent.get("/api/v1/tickets?includeClosed=true&pageSize=1")
                .json()
                .getJsonNumber("total")
                .longValue();
        Api.Reply reply = agent.post(
                "/api/v1/tickets/parse",
                json("text", "Outlook not syncing for Acme Corp, high priority, assign to me"));
        assertEquals(200, reply.status(), reply.text());
        JsonObject draft = reply.json();
        assertEquals("Outlook not syncing", draft.getString("summary"));
        assertEquals("high", draft.getString("priority"));
        assertEquals("incident", draft.getString("type"));
        assertEquals("Acme Corp", draft.getJsonObject("company").getString("name"));
        assertEquals("agent", draft.getJsonObject("assignee").getString("username"));
        assertEquals("Email", draft.getJsonObject("category").getString("name"));
        assertEquals(
                java.util.List.of("board"), draft.getJsonArray("missingFields").getValuesAs(JsonString::getString));
        long after = agent.get("/api/v1/tickets?includeClosed=true&pageSize=1")
                .json()
                .getJsonNumber("total")
                .longValue();
        assertEquals(before, after);
        assertEquals(
                draft,
                agent.post(
                                "/api/v1/tickets/parse",
                                json("text", "Outlook not syncing for Acme Corp, high priority, assign to me"))
                        .json(),
                "the same sentence gives the same draft");
    }

    @Test
    void fuzzyMatchesAreProposedWithAWarning() {
        JsonObject draft = agent.post(
                        "/api/v1/tickets/parse",
                        json("text", "VPN keeps dropping for Globx, urgent, assign to Sam on the infra board"))
                .json();
        assertEquals("Globex Corporation", draft.getJsonObject("company").getString("name"));
        assertEquals("high", draft.getString("priority"));
        assertEquals("supervisor", draft.getJsonObject("assignee").getString("username"));
        assertEquals("Infrastructure", draft.getJsonObject("board").getString("name"));
        assertTrue(draft.getJsonArray("warnings").toString().contains("company"), draft.toString());
    }

    @Test
    void aBlankTextIsABadRequest() {
        Api.Reply reply = agent.post("/api/v1/tickets/parse", json("text", "  "));
        assertEquals(400, reply.status());
        assertTrue(reply.isProblem());
    }

    @Test
    void parsingNeedsALogin() {
        assertEquals(
                401,
                Api.anonymous()
                        .post("/api/v1/tickets/parse", json("text", "printer jammed"))
                        .status());
    }
}
