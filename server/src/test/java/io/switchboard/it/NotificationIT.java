package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class NotificationIT {

    private final Api agent = Api.as("agent");
    private final Api supervisor = Api.as("supervisor");
    private final Api admin = Api.as("admin");

    /** Notifications follow their events within seconds; wait for one that matches. */
    private static JsonObject awaitNotification(Api user, Predicate<JsonObject> match) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            for (JsonValue v :
                    user.get("/api/v1/notifications?pageSize=200").json().getJsonArray("items")) {
                if (match.test(v.asJsonObject())) {
                    return v.asJsonObject();
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no matching notification within 30 s");
    }

    private static List<JsonObject> about(Api user, String number) {
        return user.get("/api/v1/notifications?pageSize=200").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(n -> n.getString("ticketNumber").equals(number))
                .toList();
    }

    @Test
    void theAssigneeHearsAboutTheAssignmentAndTheActorHearsNothing() {
        JsonObject ticket = agent.post(
                        "/api/v1/tickets", json("summary", "Scanner offline " + UUID.randomUUID(), "assigneeId", 2))
                .json();
        String number = ticket.getString("number");
        JsonObject n =
                awaitNotification(supervisor, x -> x.getString("ticketNumber").equals(number));
        assertEquals("agent assigned " + number + " to you", n.getString("message"));
        assertEquals("ticket.assigned", n.getString("type"));
        assertEquals(JsonValue.NULL, n.get("readAt"));
        assertTrue(about(agent, number).isEmpty(), "the actor is not told about their own change");
    }

    @Test
    void aMentionInANoteReachesSomeoneNotOnTheTicket() {
        String number = agent.post("/api/v1/tickets", json("summary", "Licence audit " + UUID.randomUUID()))
                .json()
                .getString("number");
        agent.post(
                "/api/v1/tickets/" + number + "/comments",
                json("body", "@admin could you check the licence count?", "internal", true));
        JsonObject n = awaitNotification(admin, x -> x.getString("ticketNumber").equals(number));
        assertEquals("Alex Agent mentioned you in " + number, n.getString("message"));
    }

    @Test
    void notificationsAreMarkedReadOneByOneOrAllAtOnce() {
        String first = agent.post("/api/v1/tickets", json("summary", "Read me 1 " + UUID.randomUUID(), "assigneeId", 2))
                .json()
                .getString("number");
        String second = agent.post(
                        "/api/v1/tickets", json("summary", "Read me 2 " + UUID.randomUUID(), "assigneeId", 2))
                .json()
                .getString("number");
        JsonObject one =
                awaitNotification(supervisor, x -> x.getString("ticketNumber").equals(first));
        awaitNotification(supervisor, x -> x.getString("ticketNumber").equals(second));

        Api.Reply read = supervisor.post("/api/v1/notifications/" + one.getJsonNumber("id") + "/read", "");
        assertEquals(200, read.status(), read.text());
        assertTrue(read.json().get("readAt") != JsonValue.NULL);
        assertEquals(
                404,
                agent.post("/api/v1/notifications/" + one.getJsonNumber("id") + "/read", "")
                        .status(),
                "nobody reads another's notification");

        JsonObject unread =
                supervisor.get("/api/v1/notifications?unread=true&pageSize=200").json();
        assertTrue(unread.getJsonArray("items").stream()
                .noneMatch(v -> v.asJsonObject().getString("ticketNumber").equals(first)));
        assertTrue(unread.getJsonArray("items").stream()
                .anyMatch(v -> v.asJsonObject().getString("ticketNumber").equals(second)));

        Api.Reply all = supervisor.post("/api/v1/notifications/read-all", "");
        assertEquals(200, all.status(), all.text());
        assertTrue(all.json().getInt("marked") >= 1);
        assertTrue(about(supervisor, second).stream().allMatch(n -> n.get("readAt") != JsonValue.NULL));
    }
}
