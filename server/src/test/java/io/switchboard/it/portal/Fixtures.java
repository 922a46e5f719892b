package io.switchboard.it.portal;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.it.Api;
import jakarta.json.JsonObject;
import java.util.UUID;

/** Test data made through the API, each test with its own unmistakable names. */
final class Fixtures {

    static final Api AGENT = Api.as("agent");

    private Fixtures() {}

    /** A word no other test uses, to filter a list down to this test's tickets. */
    static String token() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static JsonObject ticket(String summary, String priority) {
        Api.Reply r = AGENT.post(
                "/api/v1/tickets", json("summary", summary, "priority", priority, "companyId", 1, "boardId", 1));
        assertEquals(201, r.status(), r.text());
        return r.json();
    }
}
