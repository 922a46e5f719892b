package io.switchboard.emulator.autotask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.emulator.Fault;
import io.switchboard.emulator.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Autotask emulator pins the reference's documented examples and limits. */
class AutotaskEmulatorTest {

    final HttpClient http = HttpClient.newHttpClient();
    AutotaskEmulator at;

    @BeforeEach
    void start() throws Exception {
        at = AutotaskEmulator.withDemoData(60, 2);
        at.start(0);
    }

    @AfterEach
    void stop() {
        at.close();
    }

    record Answer(int status, Map<String, Object> body, HttpResponse<String> raw) {}

    Answer call(String method, String path, String body) throws Exception {
        return call(
                method, path, body, AutotaskEmulator.USER, AutotaskEmulator.SECRET, AutotaskEmulator.INTEGRATION_CODE);
    }

    Answer call(String method, String path, String body, String user, String secret, String code) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : at.zoneUrl() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("UserName", user)
                .header("Secret", secret)
                .header("ApiIntegrationcode", code);
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Object> json = r.body().isEmpty() ? Map.of() : Json.object(r.body());
        return new Answer(r.statusCode(), json, r);
    }

    static String search(String json) {
        return "V1.0/Tickets/query?search=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Answer a) {
        return (List<Map<String, Object>>) a.body().get("items");
    }

    @Test
    void theZoneLookupNeedsNoCredentialsAndNamesTheApiRoot() throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(
                                at.url() + "/atservicesrest/v1.0/zoneInformation?user=" + AutotaskEmulator.USER))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals(at.zoneUrl(), Json.object(r.body()).get("url"));
        HttpResponse<String> unknown = http.send(
                HttpRequest.newBuilder(URI.create(at.url() + "/atservicesrest/v1.0/zoneInformation?user=x@y.z"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(500, unknown.statusCode());
        assertEquals(
                List.of("Zone information could not be determined"),
                Json.object(unknown.body()).get("errors"));
    }

    @Test
    void credentialsAreRefusedTheWayAutotaskRefusesThem() throws Exception {
        Answer user = call("GET", "V1.0/Tickets/entityInformation", null, "nobody@x", "secret", "demo");
        assertEquals(500, user.status());
        assertEquals(
                List.of("Zone information could not be determined"), user.body().get("errors"));
        Answer code = call("GET", "V1.0/Tickets/entityInformation", null, AutotaskEmulator.USER, "secret", "other");
        assertEquals(List.of("IntegrationCode is invalid."), code.body().get("errors"));
        assertEquals(
                401,
                call("GET", "V1.0/Tickets/entityInformation", null, AutotaskEmulator.USER, "no", "demo")
                        .status());
    }

    @Test
    void thePostmanFilterExamplesSelectWhatTheySay() throws Exception {
        Answer notComplete = call(
                "GET",
                search("{\"filter\":[{\"op\":\"noteq\",\"field\":\"Status\",\"value\":5},"
                        + "{\"op\":\"eq\",\"field\":\"CompanyID\",\"value\":175}]}"),
                null);
        assertEquals(200, notComplete.status(), notComplete.raw().body());
        assertTrue(!items(notComplete).isEmpty());
        items(notComplete).forEach(t -> {
            assertEquals(175L, t.get("companyID"));
            assertTrue(((Number) t.get("status")).longValue() != 5);
        });
        Answer udf = call(
                "GET",
                "V1.0/Companies/query?search="
                        + URLEncoder.encode(
                                "{\"filter\":[{\"op\":\"eq\",\"field\":\"CustomerRanking\",\"udf\":true,\"value\":\"Golden\"}]}",
                                StandardCharsets.UTF_8),
                null);
        assertEquals(1, items(udf).size());
        Answer in = call(
                "POST",
                "V1.0/Contacts/query",
                "{\"filter\":[{\"op\":\"in\",\"field\":\"companyID\","
                        + "\"value\":[174,176]},{\"op\":\"or\",\"items\":[{\"op\":\"eq\",\"field\":\"firstname\",\"value\":\"chris\"},"
                        + "{\"op\":\"and\",\"items\":[{\"op\":\"beginsWith\",\"field\":\"firstName\",\"value\":\"P\"},"
                        + "{\"op\":\"eq\",\"field\":\"lastName\",\"value\":\"Acme\"}]}]}]}");
        assertEquals(3, items(in).size(), in.raw().body());
        Answer include = call(
                "GET",
                "V1.0/Companies/query?search="
                        + URLEncoder.encode(
                                "{\"IncludeFields\":[\"Id\",\"companyName\"],\"filter\":[{\"op\":\"exist\",\"field\":\"id\"}]}",
                                StandardCharsets.UTF_8),
                null);
        assertEquals(Set.of("id", "companyName"), items(include).get(0).keySet());
        Answer count = call(
                "GET",
                "V1.0/Tickets/query/count?search="
                        + URLEncoder.encode(
                                "{\"filter\":[{\"op\":\"exist\",\"field\":\"id\"}]}", StandardCharsets.UTF_8),
                null);
        assertEquals(60L, count.body().get("queryCount"));
    }

    @Test
    void badFiltersAreRefusedWithAutotaskErrors() throws Exception {
        Answer op = call("GET", search("{\"filter\":[{\"op\":\"like\",\"field\":\"title\",\"value\":\"x\"}]}"), null);
        assertEquals(500, op.status());
        assertTrue(
                op.body().get("errors").toString().contains("Unknown operator"),
                op.raw().body());
        Answer field = call("GET", search("{\"filter\":[{\"op\":\"eq\",\"field\":\"colour\",\"value\":1}]}"), null);
        assertTrue(field.body().get("errors").toString().contains("Unable to find colour"));
        StringBuilder ors = new StringBuilder("{\"filter\":[{\"op\":\"or\",\"items\":[");
        for (int i = 0; i < 501; i++) {
            ors.append(i == 0 ? "" : ",")
                    .append("{\"op\":\"eq\",\"field\":\"id\",\"value\":")
                    .append(i)
                    .append('}');
        }
        Answer tooMany = call("POST", "V1.0/Tickets/query", ors.append("]}]}").toString());
        assertTrue(tooMany.body().get("errors").toString().contains("500 or fewer 'OR' conditions"));
        Answer max = call("POST", "V1.0/Tickets/query", "{\"MaxRecords\":501,\"filter\":[]}");
        assertTrue(max.body().get("errors").toString().contains("MaxRecords"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void pagesFollowNextPageUrlUntilItIsNull() throws Exception {
        Answer page = call(
                "POST", "V1.0/Tickets/query", "{\"MaxRecords\":25,\"filter\":[{\"op\":\"exist\",\"field\":\"id\"}]}");
        Set<Object> seen = new HashSet<>();
        List<Long> ids = new ArrayList<>();
        int pages = 0;
        while (true) {
            pages++;
            for (Map<String, Object> t : items(page)) {
                assertTrue(seen.add(t.get("id")));
                ids.add((Long) t.get("id"));
            }
            Map<String, Object> details = (Map<String, Object>) page.body().get("pageDetails");
            assertEquals(25L, details.get("requestCount"));
            if (details.get("nextPageUrl") == null) {
                break;
            }
            page = call("POST", (String) details.get("nextPageUrl"), null);
        }
        assertEquals(3, pages);
        assertEquals(60, seen.size());
        assertEquals(ids.stream().sorted().toList(), ids, "answered by id");
    }

    @Test
    void picklistsComeFromEntityInformationAsStrings() throws Exception {
        Answer fields = call("GET", "V1.0/Tickets/entityInformation/fields", null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list =
                (List<Map<String, Object>>) fields.body().get("fields");
        Map<String, Object> status = list.stream()
                .filter(f -> f.get("name").equals("status"))
                .findFirst()
                .orElseThrow();
        assertEquals(true, status.get("isPickList"));
        assertTrue(status.get("picklistValues").toString().contains("value=5, label=Complete"), status.toString());
    }

    @Test
    void aTicketIsCreatedWithItemIdPatchedOnTheCollectionAndNeedsBothResourceAndRole() throws Exception {
        Answer created = call(
                "POST",
                "V1.0/Tickets",
                "{\"Title\":\"Created\",\"CompanyID\":174,\"Status\":1," + "\"Priority\":2,\"QueueID\":29682833}");
        assertEquals(200, created.status(), created.raw().body());
        long id = (Long) created.body().get("itemId");
        Answer half = call("PATCH", "V1.0/Tickets", "{\"id\":" + id + ",\"assignedResourceID\":29682886}");
        assertEquals(500, half.status());
        assertEquals(
                List.of("When assigning a Resource, you must assign both a assignedResourceID and "
                        + "assignedResourceRoleID."),
                half.body().get("errors"));
        Answer both = call(
                "PATCH",
                "V1.0/Tickets",
                "{\"id\":" + id + ",\"assignedResourceID\":29682886,"
                        + "\"assignedResourceRoleID\":29683461,\"status\":5}");
        assertEquals(200, both.status(), both.raw().body());
        Map<String, Object> t = at.store().ticket(id).orElseThrow();
        assertEquals(29682886L, t.get("assignedResourceID"));
        assertNotNull(t.get("completedDate"));
        assertEquals(404, call("GET", "V1.0/Tickets/987654", null).status());
        assertEquals(
                500,
                call("PATCH", "V1.0/Tickets", "{\"id\":" + id + ",\"status\":99}")
                        .status());
    }

    @Test
    void notesAreMadeUnderTheirTicketAndTheRootAnswers404() throws Exception {
        long ticket = (Long) at.store().tickets().get(0).get("id");
        Answer note = call(
                "POST",
                "V1.0/Tickets/" + ticket + "/Notes",
                "{\"TicketID\":" + ticket
                        + ",\"Description\":\"Called back\",\"NoteType\":1,\"Publish\":2,\"Title\":\"Call\"}");
        assertEquals(200, note.status(), note.raw().body());
        assertEquals(
                404,
                call("POST", "V1.0/TicketNotes", "{\"TicketID\":" + ticket + ",\"Description\":\"x\"}")
                        .status());
        assertEquals(3, at.store().notesOf(ticket).size());
        Answer byQuery = call(
                "POST",
                "V1.0/TicketNotes/query",
                "{\"filter\":[{\"op\":\"eq\",\"field\":\"ticketID\",\"value\":" + ticket + "}]}");
        assertEquals(3, items(byQuery).size());
    }

    @Test
    void secondaryResourcesAreAddedAndRemoved() throws Exception {
        long ticket = (Long) at.store().tickets().get(0).get("id");
        Answer added = call(
                "POST",
                "V1.0/Tickets/" + ticket + "/SecondaryResources",
                "{\"resourceID\":29682887,\"roleID\":29683462}");
        assertEquals(200, added.status(), added.raw().body());
        long id = (Long) added.body().get("itemId");
        assertEquals(
                500,
                call("POST", "V1.0/Tickets/" + ticket + "/SecondaryResources", "{\"resourceID\":29682887}")
                        .status());
        assertEquals(
                200,
                call("DELETE", "V1.0/Tickets/" + ticket + "/SecondaryResources/" + id, null)
                        .status());
        assertTrue(at.store().secondaryResourcesOf(ticket).isEmpty());
    }

    @Test
    void theHourlyBudgetIsReportedAndThenRefused() throws Exception {
        at.hourlyLimit(4);
        at.thresholdLatency(Duration.ZERO, Duration.ZERO);
        for (int i = 0; i < 4; i++) {
            assertEquals(
                    200, call("GET", "V1.0/Tickets/entityInformation", null).status());
        }
        Answer info = call("GET", "V1.0/ThresholdInformation", null);
        assertEquals(4L, info.body().get("currentTimeframeRequestCount"));
        assertEquals(4L, info.body().get("externalRequestThreshold"));
        Answer refused = call("GET", "V1.0/Tickets/entityInformation", null);
        assertEquals(429, refused.status());
        assertTrue(refused.raw().headers().firstValue("Retry-After").isPresent());
        assertTrue(refused.body().get("errors").toString().contains("threshold"));
    }

    @Test
    void aFourthConcurrentRequestToOneEndpointIsRefused() throws Exception {
        at.faults().add(Fault.slow(3, Duration.ofMillis(1500)).on("GET", "/Tickets/"));
        List<CompletableFuture<Integer>> slow = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slow.add(CompletableFuture.supplyAsync(() -> status("V1.0/Tickets/entityInformation")));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (at.faults().budgetUsed() < 3 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        Answer fourth = call("GET", "V1.0/Tickets/entityInformation/fields", null);
        Answer otherEndpoint = call("GET", "V1.0/Companies/entityInformation", null);
        slow.forEach(f -> assertEquals(200, f.join()));
        assertEquals(429, fourth.status(), fourth.raw().body());
        assertTrue(fourth.body().get("errors").toString().contains("Thread limit"));
        assertEquals(200, otherEndpoint.status());
    }

    private int status(String path) {
        try {
            return call("GET", path, null).status();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMalformedBodyAndServerErrorsCanBeSwitchedOn() throws Exception {
        at.faults().add(Fault.serverError(1));
        assertEquals(500, call("GET", "V1.0/Tickets/entityInformation", null).status());
        at.faults().add(Fault.malformed(1));
        HttpResponse<String> broken = http.send(
                HttpRequest.newBuilder(URI.create(at.zoneUrl() + "V1.0/Tickets/entityInformation"))
                        .header("UserName", AutotaskEmulator.USER)
                        .header("Secret", AutotaskEmulator.SECRET)
                        .header("ApiIntegrationCode", AutotaskEmulator.INTEGRATION_CODE)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, broken.statusCode());
        assertThrows(IllegalArgumentException.class, () -> Json.parse(broken.body()));
    }
}
