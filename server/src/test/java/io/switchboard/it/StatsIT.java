package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static io.switchboard.it.Fixtures.id;
import static io.switchboard.it.Fixtures.status;
import static io.switchboard.it.Fixtures.ticket;
import static io.switchboard.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class StatsIT {

    private final Api agent = Api.as("agent");
    private final Api supervisor = Api.as("supervisor");

    private JsonObject stats(long board) {
        Api.Reply reply = agent.get("/api/v1/tickets/stats?board=" + board);
        assertEquals(200, reply.status(), reply.text());
        return reply.json();
    }

    private static long count(JsonObject stats, String list, String key) {
        return stats.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("key").equals(key))
                .mapToLong(o -> o.getJsonNumber("count").longValue())
                .sum();
    }

    @Test
    void statsCountOpenCriticalOverdueResolvedAndBreakDownByPriorityAndStatus() {
        long board = id(Fixtures.board(supervisor));
        JsonObject empty = stats(board);
        assertEquals(0, empty.getJsonNumber("open").longValue());

        ticket(agent, json("summary", unique("critical"), "boardId", board, "priority", "critical"));
        ticket(agent, json("summary", unique("late"), "boardId", board, "dueAt", "2020-01-01T00:00:00Z"));
        JsonObject done = ticket(agent, json("summary", unique("done"), "boardId", board, "priority", "low"));
        status(agent, done, "resolved");
        JsonObject waiting = ticket(agent, json("summary", unique("waiting"), "boardId", board));
        status(agent, waiting, "waiting");

        JsonObject s = stats(board);
        assertEquals(3, s.getJsonNumber("open").longValue(), s.toString());
        assertEquals(1, s.getJsonNumber("critical").longValue());
        assertEquals(1, s.getJsonNumber("overdue").longValue());
        assertEquals(1, s.getJsonNumber("resolved").longValue());
        assertEquals(1, s.getJsonNumber("resolvedToday").longValue());
        assertEquals(
                100.0,
                s.getJsonNumber("slaCompliancePercent").doubleValue(),
                "resolved within minutes of its 72 h target");
        assertTrue(s.getJsonNumber("averageResolutionSeconds").longValue() < 600);
        assertEquals(1, s.getJsonObject("byPriority").getJsonNumber("critical").longValue());
        assertEquals(2, s.getJsonObject("byPriority").getJsonNumber("medium").longValue());
        assertEquals(
                0, s.getJsonObject("byPriority").getJsonNumber("low").longValue(), "byPriority counts open tickets");
        assertEquals(2, count(s, "byStatus", "new"));
        assertEquals(1, count(s, "byStatus", "waiting"));
        assertEquals(1, count(s, "byStatus", "resolved"));
        assertEquals(3, count(s, "byBoard", Long.toString(board)));
        assertEquals(3, count(s, "byCategory", "none"));
    }

    @Test
    void statsFollowReassignmentAndDeletion() {
        long board = id(Fixtures.board(supervisor));
        JsonObject ticket = ticket(agent, json("summary", unique("moves"), "boardId", board));
        assertEquals(1, stats(board).getJsonNumber("open").longValue());
        long otherBoard = id(Fixtures.board(supervisor));
        agent.post(Fixtures.path(ticket) + "/assign", json("assigneeId", "me", "boardId", otherBoard));
        assertEquals(0, stats(board).getJsonNumber("open").longValue());
        assertEquals(1, stats(otherBoard).getJsonNumber("open").longValue());
        Api.Reply mine = agent.get("/api/v1/tickets/stats?board=" + otherBoard + "&assigned=me");
        assertEquals(1, mine.json().getJsonNumber("open").longValue());
        supervisor.delete(Fixtures.path(ticket));
        assertEquals(0, stats(otherBoard).getJsonNumber("open").longValue());
    }

    @Test
    void listTotalsFromTheTallyMatchACountOfTheRows() {
        long board = id(Fixtures.board(supervisor));
        for (int i = 0; i < 7; i++) {
            JsonObject t = ticket(
                    agent, json("summary", unique("tally"), "boardId", board, "priority", i % 2 == 0 ? "high" : "low"));
            if (i % 3 == 0) {
                status(agent, t, "in_progress");
            }
        }
        // priority+board use the tally; adding q forces a row count: both must agree
        long fromTally = agent.get("/api/v1/tickets?board=" + board + "&priority=high")
                .json()
                .getJsonNumber("total")
                .longValue();
        long fromRows = agent.get("/api/v1/tickets?board=" + board + "&priority=high&q=tally")
                .json()
                .getJsonNumber("total")
                .longValue();
        assertEquals(4, fromTally);
        assertEquals(fromRows, fromTally);
    }
}
