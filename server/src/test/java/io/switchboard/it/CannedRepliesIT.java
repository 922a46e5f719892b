package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static io.switchboard.it.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class CannedRepliesIT {

    private final Api agent = Api.as("agent");
    private final Api supervisor = Api.as("supervisor");

    @Test
    void personalRepliesArePrivateSharedOnesAreForEverybody() {
        String tag = "t" + System.nanoTime();
        Api.Reply mine = agent.post(
                "/api/v1/canned-replies", json("title", "Mine " + tag, "body", "Hi {{requester.first_name}}"));
        assertEquals(201, mine.status(), mine.text());
        assertFalse(mine.json().getBoolean("shared"));
        Api.Reply shared = supervisor.post(
                "/api/v1/canned-replies",
                json("title", "Shared " + tag, "body", "Hello", "shared", true, "shortcut", tag));
        assertEquals(201, shared.status(), shared.text());
        assertEquals(
                403,
                agent.post("/api/v1/canned-replies", json("title", "x", "body", "y", "shared", true))
                        .status());

        String agentList = agent.get("/api/v1/canned-replies?pageSize=200").text();
        assertTrue(agentList.contains("Mine " + tag) && agentList.contains("Shared " + tag), agentList);
        assertFalse(
                supervisor.get("/api/v1/canned-replies?pageSize=200").text().contains("Mine " + tag),
                "personal ones stay personal");
        long sharedId = shared.json().getJsonNumber("id").longValue();
        assertEquals(403, agent.delete("/api/v1/canned-replies/" + sharedId).status());
        assertEquals(
                404,
                supervisor
                        .get("/api/v1/canned-replies/" + mine.json().getJsonNumber("id"))
                        .status());
    }

    @Test
    void placeholdersAreFilledFromTheTicketAndTheAgent() {
        JsonObject company = Fixtures.company(Api.as("admin"));
        JsonObject contact = Fixtures.contact(agent, Fixtures.id(company));
        JsonObject ticket = Fixtures.ticket(
                agent, json("summary", "VPN down", "companyId", (int) Fixtures.id(company), "contactId", (int)
                        Fixtures.id(contact)));
        Api.Reply reply = agent.post(
                "/api/v1/canned-replies",
                json(
                        "title",
                        "Ack",
                        "body",
                        "Hi {{requester.first_name}}, {{ticket.number}} ({{ticket.summary}}) is with {{agent.name}}."));
        assertEquals(201, reply.status(), reply.text());
        Api.Reply rendered = agent.get("/api/v1/canned-replies/" + reply.json().getJsonNumber("id") + "/render?ticket="
                + ticket.getString("number"));
        assertEquals(200, rendered.status(), rendered.text());
        String first = contact.getString("name").split(" ")[0];
        assertEquals(
                "Hi " + first + ", " + ticket.getString("number") + " (VPN down) is with Alex Agent.",
                rendered.json().getString("text"));
        assertEquals(
                404,
                agent.get(path(ticket).replace("/tickets/", "/canned-replies/999999/render?ticket="))
                        .status());
    }

    @Test
    void badRepliesAreRefusedWithTheField() {
        Api.Reply unknown =
                agent.post("/api/v1/canned-replies", json("title", "x", "body", "Hi {{requester.shoe_size}}"));
        assertEquals(400, unknown.status(), unknown.text());
        assertTrue(unknown.text().contains("requester.shoe_size"), unknown.text());
        assertEquals(
                400,
                agent.post("/api/v1/canned-replies", json("body", "no title")).status());
        assertEquals(
                400,
                agent.post("/api/v1/canned-replies", json("title", "x", "body", "y", "shortcut", "Not ok!"))
                        .status());
    }
}
