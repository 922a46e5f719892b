package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SearchSyntaxIT {

    private final Api agent = Api.as("agent");

    private int total(String q) {
        Api.Reply r = agent.get("/api/v1/tickets?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, r.status(), q + " -> " + r.text());
        return r.json().getInt("total");
    }

    @Test
    void keysBecomeFiltersAndTheRestIsText() {
        String word = "syn" + System.nanoTime();
        agent.post(
                "/api/v1/tickets",
                json("summary", word + " printer jam", "priority", "high", "companyId", 1, "assigneeId", "me"));
        agent.post("/api/v1/tickets", json("summary", word + " printer jam", "priority", "low", "companyId", 1));
        agent.post("/api/v1/tickets", json("summary", word + " scanner", "priority", "high", "companyId", 2));
        assertEquals(3, total(word));
        assertEquals(2, total("priority:high " + word));
        assertEquals(1, total("priority:high company:\"Acme Corp\" " + word));
        assertEquals(1, total("status:new priority:high assignee:me " + word + " printer"));
        assertEquals(2, total("priority:high,low " + word + " printer"));
    }

    @Test
    void aNameNobodyHasIsRefusedWithTheReason() {
        Api.Reply r = agent.get(
                "/api/v1/tickets?q=" + URLEncoder.encode("company:\"No Such Co\" printer", StandardCharsets.UTF_8));
        assertEquals(400, r.status(), r.text());
        assertTrue(r.text().contains("no company is called"), r.text());
        Api.Reply badPriority = agent.get("/api/v1/tickets?q=priority:urgentest");
        assertEquals(400, badPriority.status(), badPriority.text());
    }
}
