package io.switchboard.it.portal;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.emulator.connectwise.ConnectWiseEmulator;
import io.switchboard.it.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The PSA admin page in Chromium against a ConnectWise emulator: an admin picks a board, sees
 * which remote statuses and priorities nothing maps (flagged and counted), maps one, syncs and
 * watches the run in the sync log, checks for drift; the synced ticket then carries a PSA badge
 * in the ticket list and a PSA section in its panel. axe-core finds nothing serious on any of it.
 */
class PsaAdminPageIT {

    private static final Api ADMIN = Api.as("admin");
    private static ConnectWiseEmulator cw;
    private static long decoy;
    private static long connection;
    private static String name;

    @BeforeAll
    static void start() throws Exception {
        cw = ConnectWiseEmulator.withDemoData(12, 1);
        cw.start(0);
        // Listed before the page's own connection (older, and first by name): the URL must still win.
        decoy = addConnection("A decoy CW " + Fixtures.token());
        name = "Page CW " + Fixtures.token();
        connection = addConnection(name);
        awaitCatalogue();
    }

    private static long addConnection(String instanceName) {
        Api.Reply r = ADMIN.post(
                "/api/v1/plugins/instances",
                json(
                        "plugin",
                        "connectwise",
                        "kind",
                        "psa",
                        "factory",
                        "connectwise",
                        "name",
                        instanceName,
                        "config",
                        Json.createObjectBuilder()
                                .add("site", cw.url())
                                .add("company", ConnectWiseEmulator.COMPANY)
                                .add("publicKey", ConnectWiseEmulator.PUBLIC_KEY)
                                .add("privateKey", ConnectWiseEmulator.PRIVATE_KEY)
                                .add("clientId", "5d5a0f53-0000-4000-8000-0000000000aa")
                                .add("allowInternal", "127.0.0.1")
                                .build()));
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    @AfterAll
    static void stop() {
        ADMIN.delete("/api/v1/plugins/instances/" + decoy);
        ADMIN.delete("/api/v1/plugins/instances/" + connection);
        cw.close();
    }

    /** The plugin loads in the background after the server starts: wait until it lists its boards. */
    private static void awaitCatalogue() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            if (ADMIN.get("/api/v1/psa/connections/" + connection + "/catalog/board")
                            .status()
                    == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no board catalogue within 60 s");
    }

    /** The board synced, and a new local company mapped to the remote one: what Open in PSA needs. */
    private static JsonObject syncedBoardAndMappedCompany(String boardId, String companyName, Object remoteCompany) {
        Api.Reply boards = ADMIN.put(
                "/api/v1/psa/connections/" + connection + "/boards",
                "{\"boards\":[{\"remoteId\":\"" + boardId + "\"}]}",
                null);
        assertEquals(200, boards.status(), boards.text());
        Api.Reply company = ADMIN.post("/api/v1/companies", json("name", companyName));
        assertEquals(201, company.status(), company.text());
        Api.Reply mapped = ADMIN.put(
                "/api/v1/psa/connections/" + connection + "/mappings",
                "{\"mappings\":[{\"kind\":\"company\",\"remoteId\":\"" + remoteCompany + "\",\"localValue\":\""
                        + company.json().getJsonNumber("id") + "\"}]}",
                null);
        assertEquals(200, mapped.status(), mapped.text());
        return company.json();
    }

    private static By mappingRow(String remoteName) {
        return By.xpath(
                "//table[@id='mappingsTable']//tr[td[1][starts-with(normalize-space(.), '" + remoteName + "')]]");
    }

    /**
     * axe after the page's message is closed: PrimeFaces renders each message as an
     * {@code <li role="alert">}, which axe's list rule counts as serious on every page (not this one's doing).
     */
    private static List<String> axeWithoutMessages(Browser b) {
        for (WebElement close :
                b.all(By.cssSelector("#pageMessages .ui-messages-close, [id$='panelMessages'] .ui-messages-close"))) {
            if (close.isDisplayed()) {
                b.js("arguments[0].click();", close); // the sticky header may cover it where the page is scrolled to
            }
        }
        b.until(d -> d.findElements(By.cssSelector("#pageMessages li, [id$='panelMessages'] li")).stream()
                .noneMatch(WebElement::isDisplayed));
        return Axe.seriousViolations(b);
    }

    private static String page() {
        return "/admin/psa.xhtml?connection=" + connection;
    }

    @Test
    void anAgentOpensALocalTicketInThePsaFromItsPanel() {
        String boardId = cw.store().board("Service Desk").get("id").toString();
        String token = Fixtures.token();
        Object remoteCompany = cw.store().companies().get(0).get("id");
        JsonObject company = syncedBoardAndMappedCompany(boardId, token + " Logistics", remoteCompany);
        Api.Reply ticket = ADMIN.post(
                "/api/v1/tickets", json("summary", token + " UPS beeps", "companyId", company.getJsonNumber("id")));
        assertEquals(201, ticket.status(), ticket.text());
        String number = ticket.json().getString("number");

        try (Browser b = Browser.open()) {
            b.login("agent").go("/tickets.xhtml?q=" + token);
            b.click(By.cssSelector("#ticketTable tr[data-number='" + number + "'] .sb-col-summary"));
            b.waitFor(By.id("psaSend")).waitForPanel();
            assertEquals(List.of(), Axe.seriousViolations(b), "the panel offering Open in PSA");
            new Select(b.find(Browser.id("panelForm:psaTarget"))).selectByVisibleText(name + ": Service Desk");
            b.click(Browser.id("panelForm:psaSendButton"));
            b.waitFor(By.id("psaSection")).waitForPanel();
            assertTrue(b.text(By.id("psaSection")).contains(name), b.text(By.id("psaSection")));
            assertTrue(b.all(By.id("psaSend")).isEmpty(), "a linked ticket is not offered again");

            b.type(Browser.id("panelForm:psaMemberQuery"), "garc");
            b.click(Browser.id("panelForm:psaFind"));
            b.waitFor(Browser.id("panelForm:psaMember"));
            b.click(Browser.id("panelForm:psaAdd"));
            b.waitForText(By.id("psaResources"), "Ana Garcia").waitForPanel();
            assertEquals(List.of(), axeWithoutMessages(b), "the PSA section with a resource");
            b.click(By.cssSelector("#psaResources [aria-label='Take Ana Garcia off the PSA ticket']"));
            b.until(d -> !b.text(By.id("psaResources")).contains("Ana Garcia"));
        }
        Map<String, Object> remote = cw.store().tickets().stream()
                .filter(t -> String.valueOf(t.get("summary")).startsWith(token))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ticket opened in ConnectWise"));
        assertEquals(String.valueOf(remoteCompany), String.valueOf(((Map<?, ?>) remote.get("company")).get("id")));
        assertEquals(boardId, String.valueOf(((Map<?, ?>) remote.get("board")).get("id")));
    }

    @Test
    void theNewTicketDialogOpensTheTicketInThePsaToo() {
        String boardId = cw.store().board("Service Desk").get("id").toString();
        String token = Fixtures.token();
        Object remoteCompany = cw.store().companies().get(1).get("id");
        JsonObject company = syncedBoardAndMappedCompany(boardId, token + " Freight", remoteCompany);

        try (Browser b = Browser.open()) {
            b.login("agent").go("/index.xhtml");
            b.click(Browser.id("topForm:newTicket"));
            b.click(By.xpath("//a[contains(., 'Full Form')]"));
            b.type(Browser.id("newTabs:fullForm:f-summary"), token + " badge reader offline");
            b.select("newTabs:fullForm:f-company", company.getJsonNumber("id").toString());
            new Select(b.find(Browser.id("newTabs:fullForm:f-psaTarget"))).selectByVisibleText(name + ": Service Desk");
            b.click(Browser.id("newTabs:fullForm:create"));
            b.waitFor(By.id("psaSection")).waitForPanel();
            assertTrue(b.text(By.id("psaSection")).contains(name), b.text(By.id("psaSection")));
        }
        Map<String, Object> remote = cw.store().tickets().stream()
                .filter(t -> String.valueOf(t.get("summary")).startsWith(token))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ticket opened in ConnectWise"));
        assertEquals(String.valueOf(remoteCompany), String.valueOf(((Map<?, ?>) remote.get("company")).get("id")));
    }

    @Test
    void anAdminPicksABoardMapsAStatusSyncsAndFindsTheTicketBadgedInTheList() {
        String boardId = cw.store().board("Service Desk").get("id").toString();
        Map<String, Object> remote = cw.store().tickets().stream()
                .filter(t -> boardId.equals(String.valueOf(((Map<?, ?>) t.get("board")).get("id"))))
                .findFirst()
                .orElseThrow();
        long remoteId = ((Number) remote.get("id")).longValue();
        String token = Fixtures.token();
        Map<String, Object> fresh = cw.store().statusesOfBoard(Long.parseLong(boardId)).stream()
                .filter(st -> "New".equals(st.get("name")))
                .findFirst()
                .orElseThrow();
        cw.store().edit(remoteId, "jsmith", t -> {
            t.put("summary", token + " printer on fire");
            // open, so the ticket list (open tickets unless asked otherwise) shows it
            t.put("status", Map.of("id", fresh.get("id"), "name", "New"));
            t.put("closedFlag", false);
        });

        try (Browser b = Browser.open()) {
            b.login("admin").go(page());
            assertTrue(b.text(By.cssSelector("#connectionsTable tr[data-connection='" + connection + "']"))
                    .contains("circuit CLOSED"));
            assertEquals(name, b.text(By.id("connectionHeading")), "the connection the URL names is the one shown");

            b.click(By.cssSelector("[aria-label='Test connection of " + name + "']"));
            b.waitForText(By.id("pageMessages"), "Connection test: ");
            assertTrue(
                    b.find(By.cssSelector("#pageMessages .ui-messages-info")).isDisplayed(),
                    "the emulator answered: " + b.text(By.id("pageMessages")));
            assertEquals(List.of(), axeWithoutMessages(b), "PSA page, no board chosen");

            b.click(By.cssSelector("[aria-label='Sync board Service Desk']"));
            b.click(Browser.id("boardsForm:saveBoards"));
            b.waitForText(By.id("pageMessages"), "Boards saved: 1 synced.");

            // Statuses of Service Desk: "Waiting Customer" and "Scheduled" match no local status by name.
            b.waitFor(mappingRow("Waiting Customer"));
            assertEquals("UNMAPPED", b.find(mappingRow("Waiting Customer")).getAttribute("data-source"));
            assertTrue(b.text(mappingRow("Waiting Customer")).contains("unmapped"));
            assertEquals("BY_NAME", b.find(mappingRow("In Progress")).getAttribute("data-source"));
            assertEquals("2 unmapped", b.text(By.id("unmappedCount")));
            assertEquals(List.of(), axeWithoutMessages(b), "PSA page with the status editor");

            // a long list is found by name and paged; the rows off screen keep their mappings
            int statuses = b.all(By.cssSelector("#mappingsTable tbody tr")).size();
            b.type(Browser.id("mappingsForm:mappingQuery"), "waiting");
            b.click(Browser.id("mappingsForm:findMappings"));
            b.until(d -> b.all(By.cssSelector("#mappingsTable tbody tr")).size() == 1);
            assertTrue(b.text(By.id("mappingShowing")).startsWith("Showing 1–1 of 1"), b.text(By.id("mappingShowing")));
            assertEquals("2 unmapped", b.text(By.id("unmappedCount")), "the count is of every row, found or not");
            b.find(Browser.id("mappingsForm:mappingQuery")).clear();
            b.click(Browser.id("mappingsForm:findMappings"));
            b.until(d -> b.all(By.cssSelector("#mappingsTable tbody tr")).size() == statuses);

            WebElement waiting =
                    b.find(By.xpath("//table[@id='mappingsTable']//tr[td[1][starts-with(normalize-space(.),"
                            + " 'Waiting Customer')]]//select"));
            new Select(waiting).selectByValue("waiting");
            b.click(Browser.id("mappingsForm:saveMappings"));
            b.waitForText(By.id("pageMessages"), "Mappings saved: 1 status value mapped.");
            b.waitForText(By.id("unmappedCount"), "1 unmapped");
            assertEquals("MAPPED", b.find(mappingRow("Waiting Customer")).getAttribute("data-source"));
            assertEquals("UNMAPPED", b.find(mappingRow("Scheduled")).getAttribute("data-source"));
            JsonObject saved =
                    ADMIN.get("/api/v1/psa/connections/" + connection).json();
            assertTrue(
                    saved.getJsonArray("mappings").stream()
                            .map(v -> v.asJsonObject())
                            .anyMatch(m -> "status".equals(m.getString("kind"))
                                    && boardId.equals(m.getString("scope"))
                                    && "waiting".equals(m.getString("localValue"))),
                    saved.toString());

            // Priorities: "Priority 4 - Scheduled Maintenance" says no level, so nothing maps it.
            new Select(b.find(Browser.id("mappingsForm:kind"))).selectByValue("priority");
            b.settle();
            b.waitFor(mappingRow("Priority 4 - Scheduled Maintenance"));
            assertEquals(
                    "UNMAPPED",
                    b.find(mappingRow("Priority 4 - Scheduled Maintenance")).getAttribute("data-source"));
            assertEquals(
                    "BY_NAME",
                    b.find(mappingRow("Priority 1 - Emergency Response")).getAttribute("data-source"));
            assertTrue(b.text(By.id("unmappedCount")).matches("[1-9]\\d* unmapped"), b.text(By.id("unmappedCount")));

            b.click(Browser.id("syncForm:syncNow"));
            b.waitForText(By.id("pageMessages"), "Sync run ");
            // The run Sync now started (or the scheduled one it found going); the log polls while it goes: no reload.
            java.util.regex.Matcher started =
                    java.util.regex.Pattern.compile("Sync run (\\d+)").matcher(b.text(By.id("pageMessages")));
            assertTrue(started.find(), b.text(By.id("pageMessages")));
            String run = "#runsTable tr[data-run='" + started.group(1) + "']";
            // Read in one script: the poll re-renders the log under the test's feet.
            String finished = "var r = document.querySelector(arguments[0]);"
                    + " return r && r.getAttribute('data-state') === 'SUCCEEDED' ? r.innerText : null;";
            b.until(d -> b.js(finished, run) != null);
            String shown = (String) b.js(finished, run);
            assertTrue(shown.contains("100%"), shown);
            assertTrue(shown.contains("MANUAL") || shown.contains("SCHEDULED"), shown);
            assertEquals(List.of(), axeWithoutMessages(b), "PSA page with the sync log");

            b.click(Browser.id("driftForm:checkDrift"));
            b.waitFor(By.id("driftSummary"));
            assertTrue(
                    b.text(By.id("driftSummary")).matches("(?s)[1-9]\\d* remote tickets compared.*"),
                    b.text(By.id("driftSummary")));
            assertTrue(b.text(By.id("runsTable")).contains("DRIFT"), "the check is a run in the log");
            assertEquals(List.of(), axeWithoutMessages(b), "PSA page with a drift report");

            long ticketId = ADMIN.get("/api/v1/psa/connections/" + connection + "/tickets/" + remoteId)
                    .json()
                    .getJsonNumber("ticketId")
                    .longValue();
            b.go("/tickets.xhtml?q=" + token);
            By row = By.cssSelector("#ticketTable tr[data-id='" + ticketId + "']");
            WebElement badge = b.find(By.cssSelector("#ticketTable tr[data-id='" + ticketId + "'] .sb-badge-psa"));
            assertEquals("PSA connectwise #" + remoteId, badge.getText());
            assertTrue(
                    badge.getAttribute("href").startsWith(cw.url())
                            && badge.getAttribute("href").endsWith("service_recid=" + remoteId),
                    "links out to the ticket in ConnectWise: " + badge.getAttribute("href"));
            assertEquals(List.of(), Axe.seriousViolations(b), "ticket list with a PSA badge");

            b.click(By.cssSelector("#ticketTable tr[data-id='" + ticketId + "'] .sb-col-number"));
            b.waitFor(By.id("psaSection")).waitForPanel();
            assertTrue(b.text(By.id("psaSection")).contains(name), b.text(By.id("psaSection")));
            assertEquals("IN_SYNC", b.find(By.id("psaState")).getAttribute("data-state"));
            assertTrue(!b.text(By.id("psaPulled")).contains("never"), b.text(By.id("psaPulled")));
            assertEquals("PSA connectwise #" + remoteId, b.text(By.id("psaBadge")));
            assertTrue(b.find(By.id("psaLink")).getAttribute("href").endsWith("service_recid=" + remoteId));
            assertTrue(b.text(row).contains(token));
            assertEquals(List.of(), Axe.seriousViolations(b), "ticket panel with its PSA section");

            // the list filtered to this connection, then to its board: the synced ticket, and only PSA tickets
            b.go("/tickets.xhtml?q=" + token);
            new Select(b.find(By.id("f-psa"))).selectByValue(Long.toString(connection));
            b.waitUntilUrlContains("psaConnection=" + connection).settle();
            new Select(b.find(By.id("f-psa-board"))).selectByValue(boardId);
            b.waitUntilUrlContains("psaBoard=" + boardId).settle();
            assertEquals(1, b.all(row).size(), "the synced ticket is in the PSA board's list");
            assertEquals(
                    b.all(By.cssSelector("#ticketTable tr.sb-row")).size(),
                    b.all(By.cssSelector("#ticketTable tr.sb-row .sb-badge-psa"))
                            .size(),
                    "every row of a PSA filter is a PSA ticket");
            new Select(b.find(By.id("f-psa"))).selectByValue(Long.toString(decoy));
            b.waitUntilUrlContains("psaConnection=" + decoy).settle();
            assertTrue(!b.url().contains("psaBoard="), "a board of another connection is dropped: " + b.url());
            assertTrue(b.all(row).isEmpty(), "the decoy syncs nothing");
        }
    }

    @Test
    void onlyAdminsSeeThePsaPage() {
        try (Browser b = Browser.open()) {
            b.login("agent");
            assertEquals(403, b.download("/admin/psa.xhtml").statusCode());
        }
    }
}
