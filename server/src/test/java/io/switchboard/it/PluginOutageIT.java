package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A receiver that goes down for longer than the retry schedule, or throttles: deliveries wait
 * and arrive once it is back, and nothing reaches the dead letters because of the outage. Only
 * real tries use up attempts; a refusal by the open circuit and a 429 do not, and a 429 never
 * opens the circuit. The IT server's breaker opens after 5 failures in a row and cools down for
 * 4 s; the instances here try 6 times, 1 to 2 s apart, so their schedule alone is over within
 * 9 s (a delivery cannot use up its attempts before the circuit opens: that takes 5 failures).
 */
class PluginOutageIT {

    private static final int TICKETS = 8;
    private static final int ATTEMPTS = 6;
    private static Receiver receiver;

    @BeforeAll
    static void start() {
        receiver = new Receiver(9396);
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Test
    void aNotifierThatThrowsThroughAnOutageLongerThanItsRetriesLosesNothingAndKeepsTicketOrderOnceItIsFixed() {
        String id = PluginJars.uniqueId("outage");
        String path = "/outage/" + id;
        Plugins.installed(PluginJars.as(PluginJars.V1, id, "1.0.0"));
        long instance =
                Plugins.recorder(id, id, receiver.url(path), "typed", ATTEMPTS, "ticket.created", "ticket.reply_added");
        keepTicketOrder(instance);
        receiver.answer(path, 503, null); // the plugin throws on a 5xx

        List<String> numbers = createTickets(TICKETS, "Outage " + id);
        for (String number : numbers) {
            reply(number, "First answer");
            reply(number, "Second answer");
        }
        JsonObject open = awaitInstance(instance, v -> reason(v).startsWith("circuit open"), Duration.ofSeconds(60));
        assertTrue(reason(open).contains("receiver answered HTTP 503"), open.toString());
        // The outage lasts well past the retry schedule: several trials of the circuit fail meanwhile.
        receiver.await(
                h -> h.path().equals(path) && spanOf(path).compareTo(Duration.ofSeconds(20)) > 0,
                1,
                Duration.ofSeconds(90));
        List<JsonObject> during = deliveries(instance);
        assertEquals(3 * TICKETS, during.size(), during.toString());
        for (JsonObject d : during) {
            assertEquals("PENDING", d.getString("state"), "nothing is dead during the outage: " + d);
            assertTrue(d.getInt("attempts") < ATTEMPTS, "attempts left for each: " + d);
        }
        int triesBeforeTheFix = receiver.hits(h -> h.path().equals(path)).size();
        assertTrue(triesBeforeTheFix > 5, "the circuit's trials reached the receiver: " + triesBeforeTheFix);

        receiver.heal(path);
        receiver.await(h -> h.path().equals(path) && h.status() == 200, 3 * TICKETS, Duration.ofSeconds(90));
        List<JsonObject> after = awaitDeliveries(
                instance,
                all -> all.stream().allMatch(d -> d.getString("state").equals("DELIVERED")),
                Duration.ofSeconds(30));
        assertEquals(3 * TICKETS, after.size());
        for (String number : numbers) {
            List<String> arrived = receiver
                    .hits(h -> h.path().equals(path)
                            && h.status() == 200
                            && h.json().getString("ticket").equals(number))
                    .stream()
                    .map(h -> h.json().getString("type"))
                    .toList();
            assertEquals(
                    List.of("ticket.created", "ticket.reply_added", "ticket.reply_added"),
                    arrived,
                    "each event once, in the ticket's order: " + number);
        }
        assertEquals(
                "ACTIVE",
                Plugins.ADMIN
                        .get("/api/v1/plugins/instances/" + instance)
                        .json()
                        .getString("state"));
        cleanUp(id, instance);
    }

    @Test
    void theNextEventOfATicketWaitsUntilTheOneBeforeHasGoneToTheDeadLetters() {
        String id = PluginJars.uniqueId("order-dead");
        String path = "/order-dead/" + id;
        Plugins.installed(PluginJars.as(PluginJars.V1, id, "1.0.0"));
        long instance = Plugins.recorder(id, id, receiver.url(path), "typed", "ticket.created", "ticket.reply_added");
        keepTicketOrder(instance);
        receiver.answerWhen(path, body -> body.contains("\"type\":\"ticket.created\""), 503);
        String number = createTickets(1, "Order behind a dead letter " + id).get(0);
        reply(number, "An answer that must wait");

        Receiver.Hit reply = receiver.await(
                        h -> h.path().equals(path) && h.json().getString("type").equals("ticket.reply_added"),
                        1,
                        Duration.ofSeconds(60))
                .get(0);
        List<Receiver.Hit> created = receiver.hits(
                h -> h.path().equals(path) && h.json().getString("type").equals("ticket.created"));
        assertEquals(3, created.size(), "the creation was tried by its whole schedule first: " + created);
        assertTrue(
                reply.at().isAfter(created.get(2).at()),
                "the reply waited for the creation's last try: " + created + " then " + reply);
        List<JsonObject> all = awaitDeliveries(
                instance,
                d -> d.size() == 2
                        && d.stream().noneMatch(x -> x.getString("state").equals("PENDING")),
                Duration.ofSeconds(30));
        assertEquals(
                List.of("DELIVERED", "DEAD"),
                all.stream().map(d -> d.getString("state")).toList(),
                "newest first: the reply delivered, the creation dead: " + all);
        cleanUp(id, instance);
    }

    @Test
    void refusalsWhileTheCircuitIsOpenUseUpNoAttempts() {
        String id = PluginJars.uniqueId("open-circuit");
        String path = "/open/" + id;
        Plugins.installed(PluginJars.as(PluginJars.V1, id, "1.0.0"));
        long instance = Plugins.recorder(id, id, receiver.url(path), "typed", ATTEMPTS, "ticket.created");
        receiver.answer(path, 500, null);
        createTickets(TICKETS, "Open circuit " + id);
        awaitInstance(instance, v -> reason(v).startsWith("circuit open"), Duration.ofSeconds(60));
        awaitDeliveries(
                instance,
                all -> all.size() == TICKETS && all.stream().anyMatch(PluginOutageIT::waitsForTheCircuit),
                Duration.ofSeconds(30));
        // The calls in flight when it opened have settled once the first trial has reached the receiver.
        int hitsWhenOpened = receiver.hits(h -> h.path().equals(path)).size();
        receiver.await(h -> h.path().equals(path), hitsWhenOpened + 1, Duration.ofSeconds(60));
        int attemptsWhenOpened = attempts(deliveries(instance));
        int hitsAtTheFirstTrial = receiver.hits(h -> h.path().equals(path)).size();
        // Three more trials fail (4 s apart) while the others keep being refused.
        receiver.await(h -> h.path().equals(path), hitsAtTheFirstTrial + 3, Duration.ofSeconds(60));
        List<JsonObject> later = deliveries(instance);
        assertEquals(attemptsWhenOpened, attempts(later), "refusals and failed trials used up no attempts: " + later);
        assertTrue(later.stream().noneMatch(d -> d.getString("state").equals("DEAD")), later.toString());
        assertTrue(later.stream().anyMatch(PluginOutageIT::waitsForTheCircuit), later.toString());
        receiver.heal(path);
        awaitDeliveries(
                instance,
                all -> all.stream().allMatch(d -> d.getString("state").equals("DELIVERED")),
                Duration.ofSeconds(60));
        cleanUp(id, instance);
    }

    @Test
    void aThrottledReceiverNeverOpensTheCircuitAndItsDeliveriesWaitWithoutUsingAttempts() {
        String id = PluginJars.uniqueId("throttled");
        String path = "/throttled/" + id;
        Plugins.installed(PluginJars.as(PluginJars.V1, id, "1.0.0"));
        long instance = Plugins.recorder(id, id, receiver.url(path), "typed", "ticket.created");
        receiver.answer(path, 429, "1");
        createTickets(TICKETS, "Throttled " + id);
        // Many more 429s than the breaker's threshold of 5 failures.
        receiver.await(h -> h.path().equals(path) && h.status() == 429, 12, Duration.ofSeconds(60));
        JsonObject view =
                Plugins.ADMIN.get("/api/v1/plugins/instances/" + instance).json();
        assertEquals("ACTIVE", view.getString("state"), "a 429 never trips the breaker: " + view);
        List<JsonObject> throttled = deliveries(instance);
        assertTrue(
                throttled.stream().anyMatch(d -> log(d).contains("THROTTLED")),
                "the throttle is in the log: " + throttled);
        throttled.forEach(PluginOutageIT::assertOnlyRealTriesCount);
        receiver.heal(path);
        List<JsonObject> done = awaitDeliveries(
                instance,
                all -> all.stream().allMatch(d -> d.getString("state").equals("DELIVERED")),
                Duration.ofSeconds(60));
        done.forEach(PluginOutageIT::assertOnlyRealTriesCount);
        cleanUp(id, instance);
    }

    @Test
    void anInvalidAnswerGoesStraightToTheDeadLettersAndAnUnauthorizedOneIsRetried() {
        String id = PluginJars.uniqueId("typed");
        String invalid = "/invalid/" + id;
        String unauthorized = "/unauthorized/" + id;
        Plugins.installed(PluginJars.as(PluginJars.V1, id, "1.0.0"));
        long refusing = Plugins.recorder(id, id + "-invalid", receiver.url(invalid), "typed", "ticket.created");
        long locked = Plugins.recorder(id, id + "-unauthorized", receiver.url(unauthorized), "typed", "ticket.created");
        receiver.answer(invalid, 422, null);
        receiver.answer(unauthorized, 401, null);
        createTickets(1, "Typed " + id);
        JsonObject dead = awaitDeliveries(refusing, all -> all.size() == 1 && dead(all.get(0)), Duration.ofSeconds(30))
                .get(0);
        assertEquals(1, dead.getInt("attempts"), "no retry for an invalid request: " + dead);
        assertTrue(dead.getString("lastError").startsWith("invalid:"), dead.toString());
        JsonObject retried = awaitDeliveries(locked, all -> all.size() == 1 && dead(all.get(0)), Duration.ofSeconds(30))
                .get(0);
        assertEquals(3, retried.getInt("attempts"), "refused credentials are retried by the schedule: " + retried);
        assertTrue(retried.getString("lastError").startsWith("unauthorized:"), retried.toString());
        Plugins.deleteInstance(refusing);
        cleanUp(id, locked);
    }

    /** The instance asks for per-ticket order, as the PSA push will. */
    static void keepTicketOrder(long instance) {
        Api.Reply r = Plugins.ADMIN.patch(
                "/api/v1/plugins/instances/" + instance,
                Api.json(
                        "delivery",
                        jakarta.json.Json.createObjectBuilder()
                                .add("ticketOrder", true)
                                .build()),
                null);
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.json().getJsonObject("delivery").getBoolean("ticketOrder"), r.toString());
    }

    static void reply(String number, String body) {
        Api.Reply r = Api.as("agent").post("/api/v1/tickets/" + number + "/comments", Api.json("body", body));
        assertEquals(201, r.status(), r.toString());
    }

    private static List<String> createTickets(int count, String summary) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(Plugins.createTicket(summary + " #" + i));
        }
        return numbers;
    }

    /** How long the receiver has been seeing failures on {@code path}: first to last hit. */
    private static Duration spanOf(String path) {
        List<Receiver.Hit> hits = receiver.hits(h -> h.path().equals(path));
        return hits.isEmpty()
                ? Duration.ZERO
                : Duration.between(hits.get(0).at(), hits.get(hits.size() - 1).at());
    }

    /** A delivery's attempt log, as text. */
    private static String log(JsonObject delivery) {
        return Plugins.ADMIN
                .get("/api/v1/deliveries/" + delivery.getJsonNumber("id"))
                .json()
                .getJsonArray("log")
                .toString();
    }

    /** Its attempts are the tries in its log that were not throttled (a slow first call may time out: that one counts). */
    private static void assertOnlyRealTriesCount(JsonObject delivery) {
        var log = Plugins.ADMIN
                .get("/api/v1/deliveries/" + delivery.getJsonNumber("id"))
                .json()
                .getJsonArray("log")
                .getValuesAs(JsonObject.class);
        long real = log.stream()
                .filter(a -> !a.getString("outcome").equals("THROTTLED"))
                .count();
        assertEquals(real, delivery.getInt("attempts"), "only real tries use up attempts: " + log);
    }

    private static boolean waitsForTheCircuit(JsonObject d) {
        return !d.isNull("lastError") && d.getString("lastError").startsWith("waiting: ");
    }

    private static boolean dead(JsonObject d) {
        return d.getString("state").equals("DEAD");
    }

    private static int attempts(List<JsonObject> deliveries) {
        return deliveries.stream().mapToInt(d -> d.getInt("attempts")).sum();
    }

    private static String reason(JsonObject view) {
        return !view.containsKey("stateReason") || view.isNull("stateReason") ? "" : view.getString("stateReason");
    }

    private static List<JsonObject> deliveries(long instance) {
        return Plugins.ADMIN
                .get("/api/v1/deliveries?pageSize=200&subscriber=plugin-instance:" + instance)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> awaitDeliveries(
            long instance, Predicate<List<JsonObject>> condition, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        List<JsonObject> last = List.of();
        while (System.nanoTime() < until) {
            last = deliveries(instance);
            if (!last.isEmpty() && condition.test(last)) {
                return last;
            }
            Receiver.sleep(250);
        }
        throw new AssertionError("The deliveries of instance " + instance + " did not reach the condition within "
                + timeout + ": " + last);
    }

    private static JsonObject awaitInstance(long instance, Predicate<JsonObject> condition, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        JsonObject last = null;
        while (System.nanoTime() < until) {
            last = Plugins.ADMIN.get("/api/v1/plugins/instances/" + instance).json();
            if (condition.test(last)) {
                return last;
            }
            Receiver.sleep(200);
        }
        throw new AssertionError(
                "Instance " + instance + " did not reach the condition within " + timeout + ": " + last);
    }

    private static void cleanUp(String id, long instance) {
        Plugins.deleteInstance(instance);
        Plugins.remove(id);
    }
}
