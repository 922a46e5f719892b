package io.switchboard.emulator.connectwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.emulator.Fault;
import io.switchboard.emulator.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pins the behaviour the reference documents, request by request, as a client sees it over HTTP. */
class ConnectWiseEmulatorTest {

    static ConnectWiseEmulator cw;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String AUTH =
            "Basic " + Base64.getEncoder().encodeToString("demo+pubkey:privkey".getBytes(StandardCharsets.UTF_8));

    @BeforeAll
    static void start() throws IOException {
        cw = new ConnectWiseEmulator(Clock.systemUTC());
        CwSeed.tickets(cw.store(), 60, 2, Instant.now());
        cw.start(0);
    }

    @AfterAll
    static void stop() {
        cw.close();
    }

    @BeforeEach
    void noFaults() {
        cw.faults().clear();
    }

    static HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(cw.apiUrl() + path))
                .header("Authorization", AUTH)
                .header("clientId", "2c8b3b0e-0000-4000-8000-000000000000")
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return (List<Map<String, Object>>) Json.parse(r.body());
    }

    @Test
    void companyInfoNeedsNoAuthAndNamesTheCodebase() throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(cw.url() + "/login/companyinfo/demo"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Object> info = Json.object(r.body());
        assertEquals("v4_6_release/", info.get("Codebase"));
        assertEquals("False", info.get("IsCloud"));
    }

    @Test
    void refusesWrongCredentials() throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(cw.apiUrl() + "/service/tickets"))
                        .header(
                                "Authorization",
                                "Basic " + Base64.getEncoder().encodeToString("demo+pubkey:wrong".getBytes()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, r.statusCode());
        assertEquals("Unauthorized", Json.object(r.body()).get("code"));
    }

    @Test
    void canonicalCompoundConditionParsesAndFilters() throws Exception {
        String c =
                "(contact/name like \"Fred%\" and closedFlag = false) and dateEntered > [2015-12-23T05:53:27Z] or summary contains \"VPN\" AND  summary != \"Some Summary\"";
        List<Map<String, Object>> found = list(send("GET", "/service/tickets?pageSize=1000&conditions=" + q(c), null));
        assertFalse(found.isEmpty());
        assertTrue(found.stream().allMatch(t -> t.get("summary").toString().contains("VPN")));
    }

    @Test
    void conditionsCoverOperatorsLiteralsAndInfoFields() throws Exception {
        long board = ((Number) cw.store().board("Alerts").get("id")).longValue();
        List<Map<String, Object>> onBoard =
                list(send("GET", "/service/tickets?pageSize=1000&conditions=" + q("board/id = " + board), null));
        assertEquals(20, onBoard.size());
        assertEquals(
                40,
                list(send("GET", "/service/tickets?pageSize=1000&conditions=" + q("board/id != " + board), null))
                        .size());
        assertEquals(
                20,
                list(send(
                                "GET",
                                "/service/tickets?pageSize=1000&conditions=" + q("board/name in ('Alerts', 'Nothing')"),
                                null))
                        .size());
        assertEquals(
                60,
                list(send(
                                "GET",
                                "/service/tickets?pageSize=1000&conditions="
                                        + q("lastUpdated >= [2000-01-01T00:00:00Z] and externalXRef = null"),
                                null))
                        .size());
        assertEquals(
                6,
                list(send(
                                        "GET",
                                        "/service/tickets?pageSize=1000&conditions="
                                                + q("summary like 'VPN*' or summary like \"%printer%\""),
                                        null))
                                .size()
                        / 2);
        assertEquals(
                54,
                list(send(
                                "GET",
                                "/service/tickets?pageSize=1000&conditions=" + q("summary not contains \"VPN\""),
                                null))
                        .size());
        assertEquals(
                54,
                list(send(
                                "GET",
                                "/service/tickets?pageSize=1000&conditions=" + q("NOT (summary contains 'vpn')"),
                                null))
                        .size());
    }

    @Test
    void aBadLiteralIsA400WithTheDocumentedWording() throws Exception {
        HttpResponse<String> r = send("GET", "/service/tickets?conditions=" + q("closedFlag = 1"), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Expected a boolean value, not a numeric."), r.body());
        assertEquals(
                400,
                send("GET", "/service/tickets?conditions=" + q("summary = unquoted"), null)
                        .statusCode());
        assertEquals(
                400,
                send("GET", "/service/tickets?conditions=" + q("nosuchfield = 1"), null)
                        .statusCode());
    }

    @Test
    void pagesWithLinkHeadersAndCounts() throws Exception {
        HttpResponse<String> first = send("GET", "/service/tickets?pageSize=25&page=1&orderBy=" + q("id desc"), null);
        assertEquals(25, list(first).size());
        String link = first.headers().firstValue("Link").orElseThrow();
        assertTrue(
                link.contains("page=2")
                        && link.contains("rel=\"next\"")
                        && link.contains("page=3")
                        && link.contains("rel=\"last\""),
                link);
        HttpResponse<String> last = send("GET", "/service/tickets?pageSize=25&page=3", null);
        assertEquals(10, list(last).size());
        assertFalse(last.headers().firstValue("Link").orElse("").contains("next"));
        assertEquals(
                60L,
                Json.object(send("GET", "/service/tickets/count", null).body()).get("count"));
    }

    @Test
    void forwardOnlyPagingFollowsPageIdUntilTheLinkIsEmpty() throws Exception {
        int seen = 0;
        String url = "/service/tickets?pageSize=25";
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> r = send("GET", url, null, "pagination-type", "forward-only");
            seen += list(r).size();
            String link = r.headers()
                    .firstValue("Link")
                    .orElseThrow(() -> new AssertionError("forward-only always sends Link"));
            if (link.isEmpty()) {
                break;
            }
            url = link.substring(link.indexOf("/service/"), link.indexOf('>'));
        }
        assertEquals(60, seen);
        assertEquals(
                400,
                send("GET", "/service/tickets?orderBy=" + q("id asc"), null, "pagination-type", "forward-only")
                        .statusCode());
    }

    @Test
    void createNeedsSummaryAndCompanyAndPatchReplacesWholeReferences() throws Exception {
        HttpResponse<String> bad = send("POST", "/service/tickets", "{\"summary\":\"\"}");
        assertEquals(400, bad.statusCode());
        Map<String, Object> envelope = Json.object(bad.body());
        assertEquals("InvalidObject", envelope.get("code"));
        assertEquals("ticket object is invalid", envelope.get("message"));
        HttpResponse<String> created = send(
                "POST",
                "/service/tickets",
                "{\"summary\":\"Emulator test\",\"company\":{\"identifier\":\"AcmeCorp\"},\"initialDescription\":\"first words\"}");
        assertEquals(201, created.statusCode(), created.body());
        Map<String, Object> t = Json.object(created.body());
        assertFalse(t.containsKey("initialDescription"));
        long id = ((Number) t.get("id")).longValue();
        assertEquals(1, cw.store().notesOf(id).size());
        HttpResponse<String> patched = send(
                "PATCH",
                "/service/tickets/" + id,
                "[{\"op\":\"replace\",\"path\":\"summary\",\"value\":\"New Summary\"},{\"op\":\"replace\",\"path\":\"company\",\"value\":{\"identifier\":\"Globex\"}}]");
        assertEquals(200, patched.statusCode(), patched.body());
        Map<String, Object> after = Json.object(patched.body());
        assertEquals("New Summary", after.get("summary"));
        assertEquals("Globex", ((Map<?, ?>) after.get("company")).get("identifier"));
        HttpResponse<String> falseOk = send(
                "PATCH",
                "/service/tickets/" + id,
                "[{\"op\":\"replace\",\"path\":\"company/identifier\",\"value\":\"Initech\"}]");
        assertEquals(200, falseOk.statusCode());
        assertEquals("Globex", ((Map<?, ?>) Json.object(falseOk.body()).get("company")).get("identifier"));
        HttpResponse<String> resources =
                send("PATCH", "/service/tickets/" + id, "[{\"op\":\"add\",\"path\":\"resources\",\"value\":\"jdoe\"}]");
        assertEquals(200, resources.statusCode());
        assertEquals(null, Json.object(resources.body()).get("resources"));
        assertEquals(
                400,
                send("PATCH", "/service/tickets/" + id, "{\"op\":\"replace\"}").statusCode());
        assertEquals(204, send("DELETE", "/service/tickets/" + id, null).statusCode());
        HttpResponse<String> gone = send("GET", "/service/tickets/" + id, null);
        assertEquals(404, gone.statusCode());
        assertEquals("Ticket " + id + " not found", Json.object(gone.body()).get("message"));
        assertEquals(
                "The endpoint does not exist.",
                Json.object(send("GET", "/service/nothing", null).body()).get("message"));
    }

    @Test
    void notesNeedADisplayFlag() throws Exception {
        long id = ((Number) cw.store().tickets().get(0).get("id")).longValue();
        HttpResponse<String> none = send("POST", "/service/tickets/" + id + "/notes", "{\"text\":\"no flag\"}");
        assertEquals(400, none.statusCode());
        assertTrue(none.body().contains("Please choose where to display the notes in order to save this record."));
        assertEquals(
                201,
                send(
                                "POST",
                                "/service/tickets/" + id + "/notes",
                                "{\"text\":\"flagged\",\"internalAnalysisFlag\":true}")
                        .statusCode());
        List<Map<String, Object>> all = list(send("GET", "/service/tickets/" + id + "/allNotes", null));
        assertTrue(
                all.stream().anyMatch(n -> "flagged".equals(n.get("text")) && "TicketNote".equals(n.get("noteType"))));
    }

    @Test
    void scheduleEntriesAssignMembersAndFillResources() throws Exception {
        long id = ((Number) cw.store().tickets().get(1).get("id")).longValue();
        HttpResponse<String> wrongType = send(
                "POST",
                "/schedule/entries",
                "{\"objectId\":" + id + ",\"type\":{\"identifier\":\"C\"},\"member\":{\"identifier\":\"lchen\"}}");
        assertEquals(400, wrongType.statusCode());
        assertTrue(wrongType.body().contains("\"field\":\"objectId\""));
        HttpResponse<String> entry = send(
                "POST",
                "/schedule/entries",
                "{\"objectId\":" + id + ",\"type\":{\"identifier\":\"S\"},\"member\":{\"identifier\":\"lchen\"}}");
        assertEquals(201, entry.statusCode(), entry.body());
        assertTrue(
                cw.store().ticket(id).orElseThrow().get("resources").toString().contains("lchen"));
        long entryId = ((Number) Json.object(entry.body()).get("id")).longValue();
        assertEquals(204, send("DELETE", "/schedule/entries/" + entryId, null).statusCode());
        Object resources = cw.store().ticket(id).orElseThrow().get("resources");
        assertTrue(resources == null || !resources.toString().contains("lchen"));
    }

    @Test
    void faultsThrottleFailAndDropAfterCommit() throws Exception {
        cw.faults().add(Fault.throttle(1, 7));
        HttpResponse<String> throttled = send("GET", "/service/boards", null);
        assertEquals(429, throttled.statusCode());
        assertEquals("7", throttled.headers().firstValue("Retry-After").orElseThrow());
        assertEquals("ConnectWiseAPI", Json.object(throttled.body()).get("error"));
        assertEquals(200, send("GET", "/service/boards", null).statusCode());
        cw.faults().add(Fault.serverError(1));
        assertEquals(500, send("GET", "/service/boards", null).statusCode());
        cw.faults().add(Fault.dropAfterCommit("POST", "/service/tickets", 1));
        int before = cw.store().tickets().size();
        assertThrows(
                IOException.class,
                () -> send(
                        "POST",
                        "/service/tickets",
                        "{\"summary\":\"dropped\",\"company\":{\"identifier\":\"AcmeCorp\"}}"));
        assertEquals(before + 1, cw.store().tickets().size());
        cw.faults().add(Fault.malformed(1));
        assertThrows(
                IllegalArgumentException.class,
                () -> Json.parse(send("GET", "/service/boards", null).body()));
        cw.faults().budget(2);
        assertEquals(200, send("GET", "/service/boards", null).statusCode());
        assertEquals(200, send("GET", "/service/boards", null).statusCode());
        assertEquals(429, send("GET", "/service/boards", null).statusCode());
    }
}
