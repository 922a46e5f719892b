package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static io.switchboard.it.Fixtures.TICKETS;
import static io.switchboard.it.Fixtures.id;
import static io.switchboard.it.Fixtures.status;
import static io.switchboard.it.Fixtures.ticket;
import static io.switchboard.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TicketListIT {

    private final Api agent = Api.as("agent");
    private final Api supervisor = Api.as("supervisor");
    private final Api admin = Api.as("admin");

    private static List<String> numbers(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.text());
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("number"))
                .toList();
    }

    @Test
    void aListPageHasItemsTotalPageAndPageSize() {
        Api.Reply reply = agent.get(TICKETS);
        JsonObject page = reply.json();
        assertEquals(1, page.getInt("page"));
        assertEquals(25, page.getInt("pageSize"));
        assertTrue(page.getJsonNumber("total").longValue()
                >= page.getJsonArray("items").size());
    }

    @Test
    void filtersByBoardAndPagesInTheDefaultOrderMostUrgentThenNewest() {
        JsonObject board = Fixtures.board(supervisor);
        long b = id(board);
        JsonObject low = ticket(agent, json("summary", unique("low"), "priority", "low", "boardId", b));
        JsonObject critical = ticket(agent, json("summary", unique("critical"), "priority", "critical", "boardId", b));
        JsonObject mediumOld = ticket(agent, json("summary", unique("medium old"), "boardId", b));
        JsonObject mediumNew = ticket(agent, json("summary", unique("medium new"), "boardId", b));
        List<String> order = numbers(agent.get(TICKETS + "?board=" + b));
        assertEquals(
                List.of(
                        critical.getString("number"),
                        mediumNew.getString("number"),
                        mediumOld.getString("number"),
                        low.getString("number")),
                order);

        JsonObject page2 =
                agent.get(TICKETS + "?board=" + b + "&pageSize=3&page=2").json();
        assertEquals(4, page2.getJsonNumber("total").longValue());
        assertEquals(
                List.of(low.getString("number")), numbers(agent.get(TICKETS + "?board=" + b + "&pageSize=3&page=2")));
        assertEquals(
                List.of(low.getString("number"), mediumOld.getString("number")),
                numbers(agent.get(TICKETS + "?board=" + b + "&sort=-priority,createdAt&pageSize=2")));
    }

    @Test
    void sortsByTheStatusesPlaceInTheWorkflow() {
        JsonObject board = Fixtures.board(supervisor);
        long b = id(board);
        JsonObject waiting = ticket(agent, json("summary", unique("waiting"), "boardId", b));
        JsonObject fresh = ticket(agent, json("summary", unique("new"), "boardId", b));
        JsonObject working = ticket(agent, json("summary", unique("in progress"), "boardId", b));
        for (var moved : List.of(List.of(waiting, "waiting"), List.of(working, "in_progress"))) {
            Api.Reply r = agent.post(
                    TICKETS + "/" + ((JsonObject) moved.get(0)).getString("number") + "/status",
                    json("status", moved.get(1)));
            assertEquals(200, r.status(), r.text());
        }
        List<String> workflowOrder =
                List.of(fresh.getString("number"), working.getString("number"), waiting.getString("number"));
        assertEquals(workflowOrder, numbers(agent.get(TICKETS + "?board=" + b + "&sort=status")));
        assertEquals(
                List.of(waiting.getString("number"), working.getString("number"), fresh.getString("number")),
                numbers(agent.get(TICKETS + "?board=" + b + "&sort=-status")));
    }

    @Test
    void doneTicketsAppearOnlyWithIncludeClosedOrByStatus() {
        long b = id(Fixtures.board(supervisor));
        JsonObject open = ticket(agent, json("summary", unique("open"), "boardId", b));
        JsonObject done = ticket(agent, json("summary", unique("done"), "boardId", b));
        status(agent, done, "resolved");
        assertEquals(List.of(open.getString("number")), numbers(agent.get(TICKETS + "?board=" + b)));
        assertEquals(
                2,
                numbers(agent.get(TICKETS + "?board=" + b + "&includeClosed=true"))
                        .size());
        assertEquals(
                List.of(done.getString("number")), numbers(agent.get(TICKETS + "?board=" + b + "&status=resolved")));
        assertEquals(
                1,
                agent.get(TICKETS + "?board=" + b + "&status=resolved")
                        .json()
                        .getJsonNumber("total")
                        .longValue());
        assertEquals(
                2,
                agent.get(TICKETS + "?board=" + b + "&status=new,resolved")
                        .json()
                        .getJsonNumber("total")
                        .longValue());
    }

    @Test
    void filtersByPriorityTypeCompanyAndAssignee() {
        long b = id(Fixtures.board(supervisor));
        long company = id(Fixtures.company(admin));
        JsonObject mine =
                ticket(agent, json("summary", unique("mine"), "boardId", b, "assigneeId", "me", "priority", "high"));
        JsonObject problem = ticket(
                agent, json("summary", unique("problem"), "boardId", b, "type", "problem", "companyId", company));
        JsonObject nobody = ticket(agent, json("summary", unique("nobody"), "boardId", b, "priority", "high"));
        assertEquals(List.of(mine.getString("number")), numbers(agent.get(TICKETS + "?board=" + b + "&assigned=me")));
        assertEquals(
                2,
                numbers(agent.get(TICKETS + "?board=" + b + "&assigned=unassigned"))
                        .size());
        long agentId = agent.get("/api/v1/me")
                .json()
                .getJsonObject("agent")
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                List.of(mine.getString("number")),
                numbers(agent.get(TICKETS + "?board=" + b + "&assigned=" + agentId)));
        assertEquals(
                List.of(nobody.getString("number"), mine.getString("number")),
                numbers(agent.get(TICKETS + "?board=" + b + "&priority=high")));
        assertEquals(
                List.of(problem.getString("number")), numbers(agent.get(TICKETS + "?board=" + b + "&type=problem")));
        assertEquals(List.of(problem.getString("number")), numbers(agent.get(TICKETS + "?company=" + company)));
        assertEquals(
                1,
                agent.get(TICKETS + "?board=" + b + "&priority=high&assigned=me&status=new")
                        .json()
                        .getJsonNumber("total")
                        .longValue());
    }

    @Test
    void searchesBySummaryTextOrByNumber() {
        String word = "zebra" + UUID.randomUUID().toString().substring(0, 6);
        JsonObject ticket = ticket(agent, json("summary", "The " + word + " printer jams"));
        assertEquals(List.of(ticket.getString("number")), numbers(agent.get(TICKETS + "?q=" + word.toUpperCase())));
        assertEquals(
                List.of(ticket.getString("number")), numbers(agent.get(TICKETS + "?q=" + ticket.getString("number"))));
        assertEquals(
                0,
                numbers(agent.get(TICKETS + "?q=%25" + word.substring(1))).size(),
                "a LIKE wildcard in q is no wildcard: words match whole");
    }

    @Test
    void overdueListsTicketsPastTheirDueDate() {
        long b = id(Fixtures.board(supervisor));
        JsonObject late = ticket(agent, json("summary", unique("late"), "boardId", b, "dueAt", "2020-01-01T00:00:00Z"));
        ticket(agent, json("summary", unique("fine"), "boardId", b, "dueAt", "2099-01-01T00:00:00Z"));
        Api.Reply overdue = agent.get(TICKETS + "?board=" + b + "&overdue=true");
        assertEquals(List.of(late.getString("number")), numbers(overdue));
        JsonArray items = overdue.json().getJsonArray("items");
        assertTrue(items.getJsonObject(0).getBoolean("overdue"));
        assertEquals(
                1,
                numbers(agent.get(TICKETS + "?board=" + b + "&overdue=false")).size());
    }

    @Test
    void aDeletedTicketLeavesEveryList() {
        long b = id(Fixtures.board(supervisor));
        JsonObject ticket = ticket(agent, json("summary", unique("to delete"), "boardId", b));
        assertEquals(
                1,
                agent.get(TICKETS + "?board=" + b).json().getJsonNumber("total").longValue());
        assertEquals(204, supervisor.delete(Fixtures.path(ticket)).status());
        assertEquals(
                0,
                agent.get(TICKETS + "?board=" + b + "&includeClosed=true")
                        .json()
                        .getJsonNumber("total")
                        .longValue());
        assertEquals(
                0,
                agent.get(TICKETS + "?board=" + b + "&status=new")
                        .json()
                        .getJsonNumber("total")
                        .longValue());
    }
}
