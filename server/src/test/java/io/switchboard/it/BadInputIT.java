package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static io.switchboard.it.Fixtures.TICKETS;
import static io.switchboard.it.Fixtures.etag;
import static io.switchboard.it.Fixtures.path;
import static io.switchboard.it.Fixtures.reload;
import static io.switchboard.it.Fixtures.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad input gets a precise problem+json answer, and afterwards the database holds
 * exactly what it held before: the same number of tickets, and the probe ticket unchanged down
 * to its version and its history.
 */
class BadInputIT {

    private final Api agent = Api.as("agent");
    private JsonObject probe;

    @BeforeEach
    void probeTicket() {
        probe = ticket(agent);
    }

    private Api.Reply refused(int status, Supplier<Api.Reply> request) {
        long tickets = Fixtures.total(agent, "includeClosed=true");
        long history = agent.get(path(probe) + "/history")
                .json()
                .getJsonNumber("total")
                .longValue();
        Api.Reply reply = request.get();
        assertEquals(status, reply.status(), reply.text());
        assertTrue(reply.isProblem(), "problem+json expected, got " + reply.header("content-type"));
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(
                reply.text().matches("(?s).*(Exception|\\bat [a-z]+\\.[a-z]+|java\\.|jakarta\\.|io\\.switchboard).*"),
                reply.text());
        assertEquals(tickets, Fixtures.total(agent, "includeClosed=true"), "no ticket was created or removed");
        JsonObject after = reload(agent, probe);
        assertEquals(probe.getJsonNumber("version"), after.getJsonNumber("version"), "the probe ticket is unchanged");
        assertEquals(
                history,
                agent.get(path(probe) + "/history")
                        .json()
                        .getJsonNumber("total")
                        .longValue(),
                "no history was written");
        return reply;
    }

    @Test
    void malformedJsonIs400() {
        Api.Reply reply = refused(400, () -> agent.post(TICKETS, "{\"summary\":"));
        assertTrue(reply.json().getString("detail").contains("not valid JSON"), reply.text());
    }

    @Test
    void aBodyThatIsNotAnObjectIs400() {
        refused(400, () -> agent.post(TICKETS, "[1,2,3]"));
    }

    @Test
    void anUnknownPriorityIs400AndListsTheAllowedValues() {
        Api.Reply reply = refused(400, () -> agent.post(TICKETS, json("summary", "x", "priority", "sky-high")));
        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("priority", error.getString("field"));
        assertEquals("must be one of: critical, high, medium, low", error.getString("message"));
    }

    @Test
    void anUnknownStatusOnPatchIs400AndListsTheStatuses() {
        Api.Reply reply = refused(400, () -> agent.patch(path(probe), json("status", "done"), etag(probe)));
        assertTrue(
                reply.json()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message")
                        .contains("in_progress"),
                reply.text());
    }

    @Test
    void anUnknownFieldIs400AndNamesIt() {
        Api.Reply reply = refused(400, () -> agent.post(TICKETS, json("summary", "x", "sumary", "y")));
        assertEquals(
                "sumary", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aMissingSummaryIs400() {
        Api.Reply reply = refused(400, () -> agent.post(TICKETS, json("description", "no summary")));
        assertEquals(
                "summary", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        Api.Reply reply =
                refused(400, () -> agent.post(TICKETS, json("priority", 5, "type", "bug", "companyId", "acme")));
        assertEquals(4, reply.json().getJsonArray("errors").size(), reply.text());
    }

    @Test
    void aSummaryOverTheLimitIs400() {
        Api.Reply reply = refused(400, () -> agent.post(TICKETS, json("summary", "x".repeat(201))));
        assertTrue(reply.json().getString("detail").contains("200"), reply.text());
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        byte[] big = ("{\"summary\":\"x\",\"description\":\"" + "a".repeat(1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        refused(413, () -> agent.raw("POST", TICKETS, "application/json", big));
    }

    @Test
    void aWrongContentTypeIs415() {
        refused(415, () -> agent.raw("POST", TICKETS, "text/plain", "summary=x".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anIllegalTransitionIs409() {
        refused(409, () -> agent.post(path(probe) + "/status", json("status", "closed")));
    }

    @Test
    void aStaleIfMatchIs412() {
        refused(
                412,
                () -> agent.patch(
                        path(probe),
                        json("summary", "changed"),
                        "\"" + (probe.getJsonNumber("version").longValue() + 7) + "\""));
    }

    @Test
    void aMissingIfMatchIs428() {
        refused(428, () -> agent.patch(path(probe), json("summary", "changed"), null));
        refused(
                428,
                () -> agent.put(path(probe), json("summary", "changed", "priority", "low", "type", "incident"), null));
    }

    @Test
    void anUnknownTicketIs404() {
        refused(404, () -> agent.get(TICKETS + "/TKT-999999999"));
        refused(404, () -> agent.get(TICKETS + "/not-a-ticket"));
        refused(404, () -> agent.patch(TICKETS + "/TKT-999999999", json("summary", "x"), "\"1\""));
    }

    @Test
    void anUnknownCompanyIs422() {
        Api.Reply reply = refused(422, () -> agent.post(TICKETS, json("summary", "x", "companyId", 987654321)));
        assertEquals(
                "companyId",
                reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstAnswerAndCreatesOnce() {
        String key = UUID.randomUUID().toString();
        String body = json("summary", "Idempotent " + key);
        long before = Fixtures.total(agent, "q=" + key.substring(0, 8));
        Api.Reply first = agent.post(TICKETS, body, Map.of("Idempotency-Key", key));
        Api.Reply second = agent.post(TICKETS, body, Map.of("Idempotency-Key", key));
        assertEquals(201, first.status(), first.text());
        assertEquals(201, second.status(), second.text());
        assertEquals("true", second.header("idempotent-replayed"));
        assertEquals(first.json().getString("number"), second.json().getString("number"));
        assertEquals(first.header("location"), second.header("location"));
        assertEquals(before + 1, Fixtures.total(agent, "q=" + key.substring(0, 8)));
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        assertEquals(
                201,
                agent.post(TICKETS, json("summary", "First " + key), Map.of("Idempotency-Key", key))
                        .status());
        Api.Reply reply = refused(
                422, () -> agent.post(TICKETS, json("summary", "Second " + key), Map.of("Idempotency-Key", key)));
        assertEquals(
                "Idempotency-Key",
                reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void anUnknownListFilterValueIs400() {
        Api.Reply reply = agent.get(TICKETS + "?priority=urgent&page=0&sort=colour&assigned=someone");
        assertEquals(400, reply.status(), reply.text());
        assertEquals(4, reply.json().getJsonArray("errors").size(), reply.text());
    }
}
