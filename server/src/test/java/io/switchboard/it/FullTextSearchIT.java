package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static io.switchboard.it.Fixtures.etag;
import static io.switchboard.it.Fixtures.id;
import static io.switchboard.it.Fixtures.path;
import static io.switchboard.it.Fixtures.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The list's {@code q}: full text over every text of a ticket, ranked, with the matched passage. */
class FullTextSearchIT {

    private final Api agent = Api.as("agent");
    private final Api admin = Api.as("admin");

    private static String word(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private List<JsonObject> found(String q) {
        Api.Reply r = agent.get("/api/v1/tickets?includeClosed=true&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, r.status(), q + " -> " + r.text());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> numbers(List<JsonObject> items) {
        return items.stream().map(i -> i.getString("number")).toList();
    }

    @Test
    void findsTheDescriptionRepliesNotesRequesterAndCompanyAtOnceWithTheMatchedPassage() {
        JsonObject company = Fixtures.company(admin);
        JsonObject contact = Fixtures.contact(agent, id(company));
        String inDescription = word("dock");
        String inReply = word("reply");
        String inNote = word("note");
        JsonObject t = ticket(
                agent,
                json(
                        "summary",
                        "Monitor flickers",
                        "description",
                        "Since Monday the " + inDescription + " flickers <b>twice</b> an hour.",
                        "contactId",
                        id(contact),
                        "companyId",
                        id(company)));
        assertEquals(
                201,
                agent.post(path(t) + "/comments", json("body", "Swapped the cable " + inReply))
                        .status());
        assertEquals(
                201,
                agent.post(path(t) + "/comments", json("body", "Vendor case " + inNote, "internal", true))
                        .status());

        JsonObject byDescription = found(inDescription).get(0);
        assertEquals(t.getString("number"), byDescription.getString("number"));
        JsonObject matched = byDescription.getJsonObject("matched");
        assertEquals("description", matched.getString("field"));
        assertTrue(matched.getString("fragment").contains("<mark>" + inDescription + "</mark>"), matched.toString());
        assertTrue(
                matched.getString("fragment").contains("&lt;b&gt;twice&lt;")
                        && !matched.getString("fragment").contains("<b>"),
                "the passage is escaped: only the marks are HTML " + matched);

        assertEquals("replies", found(inReply).get(0).getJsonObject("matched").getString("field"));
        assertEquals("notes", found(inNote).get(0).getJsonObject("matched").getString("field"));
        String contactWord = contact.getString("name").split(" ")[1];
        assertEquals(List.of(t.getString("number")), numbers(found(contactWord)));
        String companyWord = company.getString("name").split(" ")[1];
        assertEquals(List.of(t.getString("number")), numbers(found(companyWord)));
    }

    @Test
    void ranksASummaryMatchAboveAReplyMatchAndStemsEnglishWords() {
        String word = word("rank");
        JsonObject inReply = ticket(agent, json("summary", "Something else entirely"));
        agent.post(path(inReply) + "/comments", json("body", "Also the " + word + " printers were jamming"));
        JsonObject inSummary = ticket(agent, json("summary", "The " + word + " printer jams"));
        assertEquals(
                List.of(inSummary.getString("number"), inReply.getString("number")),
                numbers(found(word + " printer jammed")));
        assertEquals(List.of(inSummary.getString("number")), numbers(found(word + " printer -entirely")));
    }

    @Test
    void keepsUpWithEditsAndCombinesWithTheQuerySyntax() {
        String before = word("old");
        String after = word("new");
        JsonObject t = ticket(agent, json("summary", "Router " + before, "priority", "high"));
        JsonObject low = ticket(agent, json("summary", "Router " + after, "priority", "low"));
        Api.Reply edit = agent.patch(path(t), json("summary", "Router " + after), etag(t));
        assertEquals(200, edit.status(), edit.text());
        assertTrue(found(before).isEmpty(), "the old summary is gone from the index");
        assertEquals(2, found(after).size());
        assertEquals(List.of(t.getString("number")), numbers(found("priority:high " + after)));
        assertEquals(List.of(low.getString("number")), numbers(found("router priority:low " + after)));
    }

    @Test
    void aNumberFragmentFindsTheTicket() {
        JsonObject t = ticket(agent, json("summary", "Number fragment probe"));
        String digits = Long.toString(id(t));
        assertTrue(numbers(found(digits)).contains(t.getString("number")), digits);
        assertEquals(t.getString("number"), numbers(found(digits)).get(0), "the whole number ranks first");
    }

    @Test
    void anAdminRebuildsTheIndexAndSearchesGoOn() {
        String word = word("rebuild");
        JsonObject t = ticket(agent, json("summary", "Keyboard " + word));
        assertEquals(403, agent.post("/api/v1/admin/search-index/rebuild", "").status());
        Api.Reply started = admin.post("/api/v1/admin/search-index/rebuild", "");
        assertEquals(202, started.status(), started.text());
        assertTrue(started.json().getBoolean("rebuilding"));
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JsonObject status;
        do {
            assertEquals(List.of(t.getString("number")), numbers(found(word)), "found during the rebuild too");
            status = admin.get("/api/v1/admin/search-index").json();
        } while ((status.getBoolean("rebuilding") || !status.containsKey("lastRebuild"))
                && System.nanoTime() < deadline);
        assertFalse(status.getBoolean("rebuilding"), status.toString());
        assertTrue(status.getJsonNumber("documents").longValue() > 0, status.toString());
        assertEquals(List.of(t.getString("number")), numbers(found(word)));
    }
}
