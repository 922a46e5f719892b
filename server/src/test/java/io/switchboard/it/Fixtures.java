package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;

/** Test data built through the API, unique per call so tests never depend on each other. */
final class Fixtures {

    static final String TICKETS = "/api/v1/tickets";

    private Fixtures() {}

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static JsonObject ticket(Api api, String body) {
        Api.Reply reply = api.post(TICKETS, body);
        assertEquals(201, reply.status(), reply.text());
        return reply.json();
    }

    static JsonObject ticket(Api api) {
        return ticket(api, json("summary", unique("Ticket")));
    }

    static String path(JsonObject ticket) {
        return TICKETS + "/" + ticket.getString("number");
    }

    static String etag(JsonObject ticket) {
        return "\"" + ticket.getJsonNumber("version").longValue() + "\"";
    }

    static JsonObject company(Api admin) {
        Api.Reply reply = admin.post("/api/v1/companies", json("name", unique("Company")));
        assertEquals(201, reply.status(), reply.text());
        return reply.json();
    }

    static JsonObject contact(Api api, long companyId) {
        String email = "c" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Api.Reply reply =
                api.post("/api/v1/contacts", json("name", unique("Contact"), "email", email, "companyId", companyId));
        assertEquals(201, reply.status(), reply.text());
        return reply.json();
    }

    static JsonObject board(Api supervisor) {
        Api.Reply reply = supervisor.post("/api/v1/boards", json("name", unique("Board")));
        assertEquals(201, reply.status(), reply.text());
        return reply.json();
    }

    static JsonObject agent(Api admin) {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply reply = admin.post("/api/v1/agents", json("username", username, "name", unique("Agent")));
        assertEquals(201, reply.status(), reply.text());
        return reply.json();
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    static String status(Api api, JsonObject ticket, String status) {
        Api.Reply reply = api.post(path(ticket) + "/status", json("status", status));
        assertEquals(200, reply.status(), reply.text());
        return reply.json().getJsonObject("status").getString("key");
    }

    static JsonObject reload(Api api, JsonObject ticket) {
        Api.Reply reply = api.get(path(ticket));
        assertEquals(200, reply.status(), reply.text());
        return reply.json();
    }

    static long total(Api api, String query) {
        Api.Reply reply = api.get(TICKETS + "?" + query);
        assertEquals(200, reply.status(), reply.text());
        return reply.json().getJsonNumber("total").longValue();
    }

    /** Every item of a collection, page after page (collections grow as the suite runs). */
    static java.util.List<JsonObject> all(Api api, String path) {
        java.util.List<JsonObject> all = new java.util.ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 1; ; page++) {
            Api.Reply reply = api.get(path + separator + "pageSize=200&page=" + page);
            assertEquals(200, reply.status(), path + ": " + reply.text());
            var items = reply.items().getValuesAs(JsonObject.class);
            all.addAll(items);
            if (items.isEmpty() || all.size() >= reply.total()) {
                return all;
            }
        }
    }

    static String array(String... values) {
        var b = Json.createArrayBuilder();
        for (String v : values) {
            b.add(v);
        }
        return b.build().toString();
    }
}
