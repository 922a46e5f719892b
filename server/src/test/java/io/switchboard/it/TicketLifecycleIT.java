package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static io.switchboard.it.Fixtures.etag;
import static io.switchboard.it.Fixtures.id;
import static io.switchboard.it.Fixtures.path;
import static io.switchboard.it.Fixtures.reload;
import static io.switchboard.it.Fixtures.status;
import static io.switchboard.it.Fixtures.ticket;
import static io.switchboard.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TicketLifecycleIT {

    private final Api agent = Api.as("agent");
    private final Api supervisor = Api.as("supervisor");
    private final Api admin = Api.as("admin");

    @Test
    void creatingATicketGivesItANumberAndStartsItInNewWithSlaDeadlines() {
        Api.Reply created = agent.post("/api/v1/tickets", json("summary", "Printer offline", "priority", "high"));
        assertEquals(201, created.status(), created.text());
        JsonObject ticket = created.json();
        assertTrue(ticket.getString("number").matches("TKT-\\d{6}"), ticket.toString());
        assertTrue(created.header("location").endsWith("/api/v1/tickets/" + ticket.getString("number")));
        assertEquals("new", ticket.getJsonObject("status").getString("key"));
        assertEquals("api", ticket.getString("source"));
        assertEquals("agent", ticket.getString("createdBy"));
        assertEquals(etag(ticket), created.etag());
        Instant createdAt = Instant.parse(ticket.getString("createdAt"));
        JsonObject sla = ticket.getJsonObject("sla");
        assertEquals(
                Duration.ofHours(4), Duration.between(createdAt, Instant.parse(sla.getString("firstResponseDueAt"))));
        assertEquals(Duration.ofHours(8), Duration.between(createdAt, Instant.parse(sla.getString("resolutionDueAt"))));
    }

    @Test
    void aTicketCanBeReadByNumberOrById() {
        JsonObject ticket = ticket(agent);
        assertEquals(200, agent.get("/api/v1/tickets/" + id(ticket)).status());
        Api.Reply byNumber = agent.get(path(ticket));
        assertEquals(ticket.getString("summary"), byNumber.json().getString("summary"));
        assertEquals(etag(ticket), byNumber.etag());
    }

    @Test
    void anUnchangedTicketAnswers304ToIfNoneMatch() {
        JsonObject ticket = ticket(agent);
        assertEquals(
                304,
                agent.get(path(ticket), Map.of("If-None-Match", etag(ticket))).status());
        assertEquals(
                200, agent.get(path(ticket), Map.of("If-None-Match", "\"999\"")).status());
    }

    @Test
    void theWorkflowTakesATicketFromNewToClosedAndBackOnReopen() {
        JsonObject ticket = ticket(agent);
        assertEquals("in_progress", status(agent, ticket, "in_progress"));
        assertEquals("waiting", status(agent, ticket, "waiting"));
        JsonObject waiting = reload(agent, ticket);
        assertTrue(
                waiting.getJsonObject("sla").getBoolean("paused"),
                "the SLA clock pauses while waiting for the requester");
        assertEquals("open", status(agent, ticket, "open"));
        assertEquals("resolved", status(agent, ticket, "resolved"));
        JsonObject resolved = reload(agent, ticket);
        assertNotNull(resolved.get("resolvedAt"));
        assertFalse(resolved.isNull("resolvedAt"));
        assertFalse(resolved.isNull("firstResponseAt"), "resolving counts as the first response when there was none");
        assertEquals("closed", status(agent, ticket, "closed"));
        assertFalse(reload(agent, ticket).isNull("closedAt"));
        assertEquals("open", status(agent, ticket, "open"));
        JsonObject reopened = reload(agent, ticket);
        assertTrue(reopened.isNull("resolvedAt") && reopened.isNull("closedAt"), reopened.toString());
    }

    @Test
    void anIllegalTransitionIs409AndNamesTheAllowedOnes() {
        JsonObject ticket = ticket(agent);
        Api.Reply reply = agent.post(path(ticket) + "/status", json("status", "closed"));
        assertEquals(409, reply.status());
        assertTrue(reply.isProblem());
        assertTrue(
                reply.json().getString("detail").contains("open, in_progress, waiting, on_hold, resolved, cancelled"),
                reply.text());
        assertEquals("new", reload(agent, ticket).getJsonObject("status").getString("key"));
    }

    @Test
    void aCancelledTicketCannotBeReopened() {
        JsonObject ticket = ticket(agent);
        status(agent, ticket, "cancelled");
        Api.Reply reply = agent.post(path(ticket) + "/status", json("status", "open"));
        assertEquals(409, reply.status());
        assertTrue(reply.json().getString("detail").contains("is final"), reply.text());
    }

    @Test
    void thePublicReplyOfStaffStopsTheFirstResponseClockButAnInternalNoteDoesNot() {
        JsonObject ticket = ticket(agent);
        agent.post(path(ticket) + "/comments", json("body", "Looking into it", "internal", true));
        assertTrue(reload(agent, ticket).isNull("firstResponseAt"));
        agent.post(path(ticket) + "/comments", json("body", "We are on it"));
        assertFalse(reload(agent, ticket).isNull("firstResponseAt"));
    }

    @Test
    void assigningToMeUnassigningAndWatching() {
        JsonObject ticket = ticket(agent);
        Api.Reply assigned = agent.post(path(ticket) + "/assign", json("assigneeId", "me"));
        assertEquals(200, assigned.status(), assigned.text());
        assertEquals("agent", assigned.json().getJsonObject("assignee").getString("username"));
        Api.Reply unassigned = agent.post(path(ticket) + "/assign", json("assigneeId", null));
        assertTrue(unassigned.json().isNull("assignee"));
        Api.Reply watched = agent.post(path(ticket) + "/watchers", json("agentId", "me"));
        assertEquals(1, watched.json().getJsonArray("watchers").size());
        Api.Reply unwatched = agent.delete(path(ticket) + "/watchers/me");
        assertEquals(0, unwatched.json().getJsonArray("watchers").size());
    }

    @Test
    void anInactiveAgentCannotBeAssigned() {
        JsonObject other = Fixtures.agent(admin);
        assertEquals(
                200,
                admin.patch("/api/v1/agents/" + id(other), json("active", false), null)
                        .status());
        JsonObject ticket = ticket(agent);
        Api.Reply reply = agent.post(path(ticket) + "/assign", json("assigneeId", id(other)));
        assertEquals(422, reply.status(), reply.text());
        assertEquals(
                "assigneeId",
                reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(reload(agent, ticket).isNull("assignee"));
    }

    @Test
    void putReplacesTheEditableFieldsAndPatchChangesOnlyWhatItNames() {
        JsonObject company = Fixtures.company(admin);
        JsonObject ticket =
                ticket(agent, json("summary", unique("Edit me"), "description", "first", "companyId", id(company)));
        Api.Reply put = agent.put(
                path(ticket), json("summary", "Replaced", "priority", "low", "type", "problem"), etag(ticket));
        assertEquals(200, put.status(), put.text());
        JsonObject replaced = put.json();
        assertEquals("Replaced", replaced.getString("summary"));
        assertTrue(replaced.isNull("description"), "PUT clears what it leaves out");
        assertTrue(replaced.isNull("company"));
        assertEquals("\"" + replaced.getJsonNumber("version") + "\"", put.etag());

        Api.Reply patch = agent.patch(
                path(ticket), json("description", "second", "tags", JsonValue.EMPTY_JSON_ARRAY), put.etag());
        assertEquals(200, patch.status(), patch.text());
        assertEquals("Replaced", patch.json().getString("summary"), "PATCH keeps what it does not name");
        assertEquals("second", patch.json().getString("description"));
        assertEquals("low", patch.json().getString("priority"));
    }

    @Test
    void patchCanMoveTheStatusButOnlyAlongTheWorkflow() {
        JsonObject ticket = ticket(agent);
        Api.Reply ok = agent.patch(path(ticket), json("status", "in_progress", "priority", "critical"), etag(ticket));
        assertEquals(200, ok.status(), ok.text());
        Api.Reply illegal = agent.patch(path(ticket), json("status", "closed", "summary", "changed"), ok.etag());
        assertEquals(409, illegal.status());
        assertFalse(reload(agent, ticket).getString("summary").equals("changed"), "a refused PATCH changes nothing");
    }

    @Test
    void reprioritisingRetargetsTheSla() {
        JsonObject ticket = ticket(agent, json("summary", unique("Urgent"), "priority", "low"));
        Instant created = Instant.parse(ticket.getString("createdAt"));
        Api.Reply patched = agent.patch(path(ticket), json("priority", "critical"), etag(ticket));
        Instant due = Instant.parse(patched.json().getJsonObject("sla").getString("resolutionDueAt"));
        assertEquals(Duration.ofHours(4), Duration.between(created, due));
    }

    @Test
    void onlySupervisorsDeleteAndADeletedTicketIsGoneUntilRestored() {
        JsonObject ticket = ticket(agent);
        assertEquals(403, agent.delete(path(ticket)).status());
        assertEquals(204, supervisor.delete(path(ticket)).status());
        assertEquals(404, agent.get(path(ticket)).status());
        assertEquals(
                404,
                agent.post(path(ticket) + "/status", json("status", "open")).status());
        Api.Reply restored = supervisor.post(path(ticket) + "/restore", "{}");
        assertEquals(200, restored.status(), restored.text());
        assertEquals(200, agent.get(path(ticket)).status());
    }

    @Test
    void aSpinOffIsAChildThatInheritsCompanyContactAndBoard() {
        JsonObject company = Fixtures.company(admin);
        JsonObject contact = Fixtures.contact(agent, id(company));
        JsonObject board = Fixtures.board(supervisor);
        JsonObject parent = ticket(
                agent,
                json(
                        "summary",
                        unique("Parent"),
                        "companyId",
                        id(company),
                        "contactId",
                        id(contact),
                        "boardId",
                        id(board)));
        Api.Reply spun = agent.post(path(parent) + "/spinoff", json("summary", "Replace the toner"));
        assertEquals(201, spun.status(), spun.text());
        JsonObject child = spun.json();
        assertEquals(
                id(company), child.getJsonObject("company").getJsonNumber("id").longValue());
        assertEquals(
                id(contact), child.getJsonObject("contact").getJsonNumber("id").longValue());
        assertEquals(id(board), child.getJsonObject("board").getJsonNumber("id").longValue());
        var links = agent.get(path(parent) + "/links").items();
        assertEquals(1, links.size());
        assertEquals("child", links.getJsonObject(0).getString("role"));
        assertEquals(
                child.getString("number"),
                links.getJsonObject(0).getJsonObject("ticket").getString("number"));
    }

    @Test
    void aContactOfAnotherCompanyIsRefused() {
        JsonObject acme = Fixtures.company(admin);
        JsonObject globex = Fixtures.company(admin);
        JsonObject wile = Fixtures.contact(agent, id(acme));
        Api.Reply reply =
                agent.post("/api/v1/tickets", json("summary", "x", "companyId", id(globex), "contactId", id(wile)));
        assertEquals(422, reply.status(), reply.text());
        assertEquals(
                "contactId",
                reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }
}
