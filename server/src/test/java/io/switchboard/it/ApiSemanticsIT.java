package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static io.switchboard.it.Fixtures.id;
import static io.switchboard.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The HTTP semantics a generic client relies on: conditional requests, problems, replays, locations. */
class ApiSemanticsIT {

    private final Api agent = Api.as("agent");
    private final Api supervisor = Api.as("supervisor");

    @Test
    void aStaleIfMatchOnACompanyIs412AndTheCurrentOneApplies() {
        Api.Reply created = supervisor.post("/api/v1/companies", json("name", unique("Globex")));
        assertEquals(201, created.status(), created.text());
        String path = "/api/v1/companies/" + id(created.json());
        Api.Reply read = agent.get(path);
        String first = read.etag();
        assertNotNull(first, "a company carries its version as ETag");
        assertEquals(304, agent.get(path, Map.of("If-None-Match", first)).status());

        Api.Reply renamed = supervisor.patch(path, json("name", unique("Globex Corp")), first);
        assertEquals(200, renamed.status(), renamed.text());
        assertNotEquals(first, renamed.etag(), "the change is a new version");

        Api.Reply stale = supervisor.patch(path, json("name", unique("Lost update")), first);
        assertEquals(412, stale.status(), stale.text());
        assertTrue(stale.isProblem());
        assertEquals(renamed.json().getString("name"), agent.get(path).json().getString("name"));
    }

    @Test
    void boardsAndCategoriesAreVersionedToo() {
        for (String kind : new String[] {"boards", "categories"}) {
            Api.Reply created = supervisor.post("/api/v1/" + kind, json("name", unique(kind)));
            assertEquals(201, created.status(), created.text());
            Api.Reply fetched = agent.get(created.header("location"));
            assertEquals(200, fetched.status(), kind + ": the Location of a 201 can be fetched: " + fetched);
            assertEquals(created.json().getString("name"), fetched.json().getString("name"));
            String tag = fetched.etag();
            assertEquals(
                    200,
                    supervisor
                            .patch(created.header("location"), json("active", false), tag)
                            .status());
            assertEquals(
                    412,
                    supervisor
                            .patch(created.header("location"), json("active", true), tag)
                            .status(),
                    kind + ": a stale If-Match is refused");
        }
    }

    @Test
    void ifMatchComparesStronglySoAWeakTagNeverMatches() {
        JsonObject ticket = Fixtures.ticket(agent);
        String weak = "W/" + Fixtures.etag(ticket);
        Api.Reply refused = agent.patch(Fixtures.path(ticket), json("priority", "low"), weak);
        assertEquals(412, refused.status(), refused.text());
    }

    @Test
    void anIfMatchListMatchesWhenAnyOfItsTagsIsCurrent() {
        JsonObject ticket = Fixtures.ticket(agent);
        String current = Fixtures.etag(ticket);
        Api.Reply none = agent.patch(Fixtures.path(ticket), json("priority", "low"), "\"998\", \"999\"");
        assertEquals(412, none.status(), none.text());
        Api.Reply one = agent.patch(Fixtures.path(ticket), json("priority", "low"), "\"999\", " + current);
        assertEquals(200, one.status(), one.text());
        assertEquals("low", one.json().getString("priority"));
    }

    @Test
    void aProblemNamesTheRequestItIsAbout() {
        Api.Reply missing = agent.get("/api/v1/tickets/TKT-987654321");
        assertEquals(404, missing.status());
        assertEquals("/api/v1/tickets/TKT-987654321", missing.json().getString("instance"));
        Api.Reply anonymous = Api.anonymous().get("/api/v1/tickets");
        assertEquals(401, anonymous.status());
        assertEquals("/api/v1/tickets", anonymous.json().getString("instance"));
    }

    @Test
    void aRefusalNamesTheRoleTheOperationNeeds() {
        Api.Reply refused = agent.post("/api/v1/companies", json("name", unique("Not mine")));
        assertEquals(403, refused.status(), refused.text());
        assertEquals("supervisor", refused.json().getJsonArray("requiredRoles").getString(0), refused.text());
        assertTrue(refused.json().getString("detail").contains("supervisor"), refused.text());
    }

    @Test
    void theSameJsonWithOtherWhitespaceReplaysWithItsETag() {
        String key = "semantics-" + UUID.randomUUID();
        String summary = unique("VPN down");
        Api.Reply first = agent.post(
                Fixtures.TICKETS, json("summary", summary, "priority", "high"), Map.of("Idempotency-Key", key));
        assertEquals(201, first.status(), first.text());
        String reformatted = "{\n  \"priority\" : \"high\",\n  \"summary\" : \"" + summary + "\"\n}\n";
        Api.Reply replay = agent.post(Fixtures.TICKETS, reformatted, Map.of("Idempotency-Key", key));
        assertEquals(201, replay.status(), replay.text());
        assertEquals("true", replay.header("idempotent-replayed"));
        assertEquals(first.json().getString("number"), replay.json().getString("number"));
        assertEquals(first.etag(), replay.etag(), "a replay carries the first answer's ETag");
        assertEquals(URI.create(first.header("location")), URI.create(replay.header("location")));
        Api.Reply other = agent.post(Fixtures.TICKETS, json("summary", summary + "!"), Map.of("Idempotency-Key", key));
        assertEquals(422, other.status(), other.text());
    }

    @Test
    void everyLocationOfACreateCanBeFetched() {
        JsonObject ticket = Fixtures.ticket(agent);
        JsonObject other = Fixtures.ticket(agent);
        String path = Fixtures.path(ticket);
        Map<String, Api.Reply> created = Map.of(
                "comment", agent.post(path + "/comments", json("body", "Rebooted the switch")),
                "task", agent.post(path + "/tasks", json("title", "Check the cabling", "assigneeId", "me")),
                "link", agent.post(path + "/links", json("ticket", other.getString("number"), "role", "related")),
                "token", agent.post("/api/v1/me/tokens", json("name", unique("script"))));
        created.forEach((what, reply) -> {
            assertEquals(201, reply.status(), what + ": " + reply);
            Api.Reply fetched = agent.get(reply.header("location"));
            assertEquals(200, fetched.status(), what + " at " + reply.header("location") + ": " + fetched);
            assertEquals(id(reply.json()), id(fetched.json()), what);
        });
    }

    @Test
    void everyCollectionIsAPageAndTakesPageAndPageSize() {
        JsonObject ticket = Fixtures.ticket(agent);
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    201,
                    agent.post(Fixtures.path(ticket) + "/tasks", json("title", "step " + i))
                            .status());
        }
        Api.Reply second = agent.get(Fixtures.path(ticket) + "/tasks?page=2&pageSize=2");
        assertEquals(200, second.status(), second.text());
        assertEquals(3, second.total());
        assertEquals(1, second.items().size());
        assertEquals("step 2", second.items().getJsonObject(0).getString("title"));
        String links = second.header("link");
        assertTrue(links.contains("page=1&pageSize=2>; rel=\"first\""), links);
        assertTrue(links.contains("page=1&pageSize=2>; rel=\"prev\""), links);
        assertTrue(links.contains("page=2&pageSize=2>; rel=\"last\""), links);
        assertTrue(!links.contains("rel=\"next\""), "the last page has no next: " + links);
        for (String list :
                new String[] {"/api/v1/companies", "/api/v1/agents", "/api/v1/boards", "/api/v1/categories"}) {
            Api.Reply page = agent.get(list + "?pageSize=1");
            assertEquals(200, page.status(), list + ": " + page);
            assertEquals(1, page.json().getInt("pageSize"), list);
            assertTrue(page.items().size() <= 1, list);
        }
    }

    @Test
    void aBadPageSaysWhatIsWrongInWords() {
        Api.Reply bad = agent.get("/api/v1/companies?page=0&pageSize=500");
        assertEquals(400, bad.status(), bad.text());
        var errors = bad.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(2, errors.size(), bad.text());
        assertEquals("page", errors.get(0).getString("field"));
        assertEquals("pageSize", errors.get(1).getString("field"));
        assertEquals("must be from 1 to 200", errors.get(1).getString("message"));
        Api.Reply one = agent.get("/api/v1/contacts?pageSize=0");
        assertEquals("pageSize must be from 1 to 200", one.json().getString("detail"), one.text());
    }

    @Test
    void theListStreamsAsCsvUnderTheSameFiltersWithBasicOrAToken() {
        String word = "csvexport" + UUID.randomUUID().toString().substring(0, 6);
        JsonObject first = Fixtures.ticket(agent, json("summary", word + " printer, jammed", "priority", "high"));
        JsonObject second = Fixtures.ticket(agent, json("summary", word + " monitor", "priority", "low"));
        Api.Reply csv = agent.get("/api/v1/tickets?q=" + word + "&priority=high", Map.of("Accept", "text/csv"));
        assertEquals(200, csv.status(), csv.text());
        assertTrue(csv.header("content-type").startsWith("text/csv"), csv.header("content-type"));
        assertTrue(csv.text().contains(first.getString("number")), csv.text());
        assertTrue(csv.text().contains("\"" + word + " printer, jammed\""), "RFC 4180 quoting: " + csv.text());
        assertTrue(!csv.text().contains(second.getString("number")), "the filters hold: " + csv.text());

        Api.Reply token = agent.post("/api/v1/me/tokens", json("name", unique("export")));
        Api bearer = Api.withToken(token.json().getString("token"));
        Api.Reply viaToken = bearer.get("/api/v1/tickets?q=" + word, Map.of("Accept", "text/csv"));
        assertEquals(200, viaToken.status(), viaToken.text());
        assertTrue(viaToken.text().contains(second.getString("number")), viaToken.text());
        assertEquals(
                "application/json",
                agent.get("/api/v1/tickets?q=" + word).header("content-type").replaceAll(";.*", ""),
                "without Accept: text/csv the list stays JSON");
    }

    @Test
    void uploadsKeepNonAsciiFilenamesRawOrRfc5987() {
        JsonObject ticket = Fixtures.ticket(agent);
        String path = Fixtures.path(ticket) + "/attachments";
        Api.Reply raw = agent.upload(path, "Übersicht 報告.txt", "hello".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, raw.status(), raw.text());
        assertEquals("Übersicht 報告.txt", raw.json().getString("filename"));

        String boundary = "----sb" + UUID.randomUUID();
        byte[] body = ("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Ubersicht.txt\";"
                        + " filename*=UTF-8''%C3%9Cbersicht%20%E5%A0%B1%E5%91%8A.txt\r\n"
                        + "Content-Type: text/plain\r\n\r\nhello\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Api.Reply encoded = agent.raw("POST", path, "multipart/form-data; boundary=" + boundary, body);
        assertEquals(201, encoded.status(), encoded.text());
        assertEquals("Übersicht 報告.txt", encoded.json().getString("filename"), "filename* wins over filename");
    }
}
