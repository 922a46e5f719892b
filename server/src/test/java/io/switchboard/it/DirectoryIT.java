package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static io.switchboard.it.Fixtures.id;
import static io.switchboard.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class DirectoryIT {

    private final Api agent = Api.as("agent");
    private final Api supervisor = Api.as("supervisor");
    private final Api admin = Api.as("admin");

    @Test
    void companiesAreUniqueByNameAndOnlySupervisorsManageThem() {
        String name = unique("Initrode");
        assertEquals(403, agent.post("/api/v1/companies", json("name", name)).status());
        Api.Reply created = supervisor.post("/api/v1/companies", json("name", name, "emailDomain", "Initrode.COM"));
        assertEquals(201, created.status(), created.text());
        assertEquals("initrode.com", created.json().getString("emailDomain"));
        assertEquals(
                409,
                supervisor
                        .post("/api/v1/companies", json("name", name.toUpperCase()))
                        .status());
        assertEquals(
                400,
                supervisor
                        .post("/api/v1/companies", json("name", unique("x"), "emailDomain", "not a domain"))
                        .status());
        Api.Reply off = supervisor.patch("/api/v1/companies/" + id(created.json()), json("active", false), null);
        assertFalse(off.json().getBoolean("active"));
        Api.Reply refused = agent.post("/api/v1/tickets", json("summary", "x", "companyId", id(created.json())));
        assertEquals(422, refused.status(), "a deactivated company takes no new tickets");
    }

    @Test
    void contactsHaveUniqueEmailsAndBelongToARealCompany() {
        JsonObject company = Fixtures.company(admin);
        JsonObject contact = Fixtures.contact(agent, id(company));
        Api.Reply duplicate = agent.post(
                "/api/v1/contacts",
                json("name", "Twin", "email", contact.getString("email").toUpperCase()));
        assertEquals(409, duplicate.status(), duplicate.text());
        assertEquals(
                422,
                agent.post("/api/v1/contacts", json("name", "x", "email", "x@y.org", "companyId", 999999))
                        .status());
        assertEquals(
                400,
                agent.post("/api/v1/contacts", json("name", "x", "email", "not-an-email"))
                        .status());
        Api.Reply found = agent.get("/api/v1/contacts?company=" + id(company) + "&q="
                + contact.getString("email").substring(0, 5));
        assertEquals(1, found.items().size(), found.text());
    }

    @Test
    void onlyAdminsAddAgentsAndUsernamesAreUnique() {
        assertEquals(
                403,
                supervisor
                        .post(
                                "/api/v1/agents",
                                json("username", "x" + unique("").strip(), "name", "X"))
                        .status());
        JsonObject agentRecord = Fixtures.agent(admin);
        assertEquals(
                409,
                admin.post("/api/v1/agents", json("username", agentRecord.getString("username"), "name", "Again"))
                        .status());
        assertEquals(
                400,
                admin.post("/api/v1/agents", json("username", "has space", "name", "X"))
                        .status());
        assertTrue(Fixtures.all(agent, "/api/v1/agents").stream()
                .anyMatch(a -> a.getString("username").equals(agentRecord.getString("username"))));
    }

    @Test
    void boardsAndCategoriesAreManagedBySupervisors() {
        String board = unique("Board");
        assertEquals(403, agent.post("/api/v1/boards", json("name", board)).status());
        assertEquals(201, supervisor.post("/api/v1/boards", json("name", board)).status());
        assertEquals(409, supervisor.post("/api/v1/boards", json("name", board)).status());
        String category = unique("Category");
        Api.Reply created = supervisor.post("/api/v1/categories", json("name", category));
        assertEquals(201, created.status());
        Api.Reply renamed =
                supervisor.patch("/api/v1/categories/" + id(created.json()), json("name", category + "!"), null);
        assertEquals(category + "!", renamed.json().getString("name"));
    }

    @Test
    void theWorkflowAndSlaPoliciesAreReadableAndOnlyAdminsChangeTargets() {
        JsonObject workflow = agent.get("/api/v1/workflow").json();
        assertEquals(8, workflow.getJsonArray("statuses").size());
        assertEquals(4, agent.get("/api/v1/sla-policies").items().size());
        assertEquals(
                403,
                supervisor
                        .put(
                                "/api/v1/sla-policies/low",
                                json("firstResponseMinutes", 60, "resolutionMinutes", 120),
                                null)
                        .status());
        Api.Reply invalid =
                admin.put("/api/v1/sla-policies/low", json("firstResponseMinutes", 600, "resolutionMinutes", 60), null);
        assertEquals(400, invalid.status(), "resolution shorter than first response");
        Api.Reply badCalendar = admin.put(
                "/api/v1/sla-policies/low",
                json("firstResponseMinutes", 60, "resolutionMinutes", 120, "calendar", "Mars/Base MON-FRI 9-5"),
                null);
        assertEquals(400, badCalendar.status());
        assertEquals(
                400,
                admin.put("/api/v1/sla-policies/extreme", json("firstResponseMinutes", 1, "resolutionMinutes", 2), null)
                        .status());
    }

    @Test
    void newTicketsTakeTheChangedTargetsAndRunningClocksKeepTheirs() {
        JsonObject before = Fixtures.ticket(agent, json("summary", unique("before"), "priority", "low"));
        try {
            Api.Reply changed = admin.put(
                    "/api/v1/sla-policies/low", json("firstResponseMinutes", 30, "resolutionMinutes", 90), null);
            assertEquals(200, changed.status(), changed.text());
            JsonObject after = Fixtures.ticket(agent, json("summary", unique("after"), "priority", "low"));
            java.time.Instant created = java.time.Instant.parse(after.getString("createdAt"));
            assertEquals(
                    java.time.Duration.ofMinutes(90),
                    java.time.Duration.between(
                            created,
                            java.time.Instant.parse(after.getJsonObject("sla").getString("resolutionDueAt"))));
            JsonObject unchanged = Fixtures.reload(agent, before);
            assertEquals(
                    before.getJsonObject("sla").getString("resolutionDueAt"),
                    unchanged.getJsonObject("sla").getString("resolutionDueAt"));
        } finally {
            assertEquals(
                    200,
                    admin.put(
                                    "/api/v1/sla-policies/low",
                                    json("firstResponseMinutes", 1440, "resolutionMinutes", 4320),
                                    null)
                            .status());
        }
    }
}
