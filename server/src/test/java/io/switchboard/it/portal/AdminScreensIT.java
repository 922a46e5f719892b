package io.switchboard.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.it.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/** What admins and supervisors do in the portal beyond the workflow: one signed-in admin browser for the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminScreensIT {

    private Browser b;

    @BeforeAll
    void signIn() {
        b = Browser.open();
        b.login("admin");
    }

    @AfterAll
    void close() {
        b.close();
    }

    private void setTarget(String priority, String field, long minutes) {
        String input = b.find(By.xpath(
                        "//tr[th[contains(., '" + priority + "')]]//input[contains(@id,'" + field + "_input')]"))
                .getAttribute("id");
        b.js(
                "PrimeFaces.getWidgetById(arguments[0]).setValue(arguments[1]);",
                input.substring(0, input.length() - "_input".length()),
                minutes);
    }

    private By button(String priority, String id) {
        return By.xpath("//tr[th[contains(., '" + priority + "')]]//button[contains(@id,'" + id + "')]");
    }

    private static JsonObject policy(String priority) {
        return Api.as("agent").get("/api/v1/sla-policies").items().stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getString("priority").equals(priority))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void slaTargetsAreBoundedAndLargeChangesAreConfirmed() {
        long resolution = policy("medium").getInt("resolutionMinutes");
        b.go("/admin/sla.xhtml");

        // 300 days is refused outright, with the reason next to the field.
        setTarget("Medium", "resolution", 432_000);
        b.click(button("Medium", "save"));
        assertTrue(
                b.text(By.xpath("//tr[th[contains(., 'Medium')]]/td[2]")).contains("90 days"),
                b.text(By.xpath("//tr[th[contains(., 'Medium')]]/td[2]")));
        assertEquals(resolution, policy("medium").getInt("resolutionMinutes"));

        // Ten times the target waits for a confirmation; Cancel keeps what was saved.
        b.go("/admin/sla.xhtml");
        setTarget("Medium", "resolution", resolution * 10);
        b.click(button("Medium", "save"));
        b.waitForText(By.id("pageMessages"), "Confirm the medium targets");
        assertEquals("Confirm", b.text(button("Medium", "save")));
        assertEquals(resolution, policy("medium").getInt("resolutionMinutes"), "nothing saved before the confirmation");
        b.click(button("Medium", "cancel"));
        assertEquals("Save", b.text(button("Medium", "save")));

        // Confirmed, it is saved; and back again.
        setTarget("Medium", "resolution", resolution * 4);
        b.click(button("Medium", "save"));
        b.click(button("Medium", "save"));
        b.waitForText(By.id("pageMessages"), "Targets for medium saved");
        assertEquals(resolution * 4, policy("medium").getInt("resolutionMinutes"));
        setTarget("Medium", "resolution", resolution);
        b.click(button("Medium", "save"));
        b.click(button("Medium", "save"));
        b.waitForText(By.id("pageMessages"), "Targets for medium saved");
        assertEquals(resolution, policy("medium").getInt("resolutionMinutes"));
    }

    private long createdOn(java.time.LocalDate day) {
        String title = (String) b.js(
                "var t = Array.from(document.querySelectorAll('.sb-flow-chart title')).map(e => e.textContent)"
                        + ".find(x => x.indexOf(arguments[0] + ':') === 0 && x.indexOf('created') > 0); return t || '';",
                day.toString());
        assertTrue(title.matches(".*: \\d+ created"), "the chart has a bar for " + day + ": " + title);
        return Long.parseLong(title.replaceAll(".*: (\\d+) created", "$1"));
    }

    @Test
    void theThirtyDayChartShowsAnImportAtOnce() {
        java.time.LocalDate day =
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(5);
        b.go("/index.xhtml");
        long before = createdOn(day);
        Api.Reply r = Api.as("admin")
                .post(
                        "/api/v1/admin/import/tickets",
                        "["
                                + io.switchboard.it.Api.json(
                                        "summary",
                                        "Imported " + Fixtures.token(),
                                        "status",
                                        "new",
                                        "createdAt",
                                        day.atTime(12, 0)
                                                .toInstant(java.time.ZoneOffset.UTC)
                                                .toString())
                                + "]");
        assertEquals(200, r.status(), r.text());
        b.go("/index.xhtml");
        assertEquals(before + 1, createdOn(day), "the import's day is counted afresh, not from the ten-minute cache");
    }

    @Test
    void myQueueStartsWithTheTicketBreachedLongest() {
        String summary = "Breached long ago " + Fixtures.token();
        Api.Reply r = Api.as("admin")
                .post(
                        "/api/v1/admin/import/tickets",
                        "["
                                + io.switchboard.it.Api.json(
                                        "summary", summary,
                                        "priority", "low",
                                        "assigneeId", "me",
                                        "status", "new",
                                        "createdAt",
                                                java.time.Instant.now()
                                                        .minus(java.time.Duration.ofDays(60))
                                                        .toString())
                                + "]");
        assertEquals(200, r.status(), r.text());
        Api.as("admin")
                .post(
                        "/api/v1/tickets",
                        io.switchboard.it.Api.json(
                                "summary",
                                "Fresh critical " + Fixtures.token(),
                                "priority",
                                "critical",
                                "assigneeId",
                                "me"));
        b.go("/index.xhtml");
        assertTrue(
                b.text(By.cssSelector(".sb-queue-list li:first-child")).contains(summary),
                "most urgent first: " + b.text(By.cssSelector(".sb-queue-list")));
    }

    @Test
    void supervisorsKeepCompaniesContactsAndBoardsInThePortal() {
        String token = Fixtures.token();
        b.go("/manage/directory.xhtml");
        b.type(Browser.id("directoryForm:newCompany"), "Fabrikam " + token);
        b.click(Browser.id("directoryForm:addCompany"));
        b.waitForText(By.id("contacts-head"), "Fabrikam " + token);
        b.type(Browser.id("directoryForm:newContactName"), "Dana " + token);
        b.type(Browser.id("directoryForm:newContactEmail"), token + "@fabrikam.example");
        b.click(Browser.id("directoryForm:addContact"));
        b.waitForText(By.id("contactsTable"), "Dana " + token);
        b.type(Browser.id("directoryForm:newBoard"), "Field " + token);
        b.click(Browser.id("directoryForm:addBoard"));
        b.waitForText(By.id("boardsList"), "Field " + token);

        long contact = Api.as("agent")
                .get("/api/v1/contacts?q=" + token)
                .items()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        String number = Api.as("agent")
                .post("/api/v1/tickets", io.switchboard.it.Api.json("summary", "For Dana " + token, "contactId", (int)
                        contact))
                .json()
                .getString("number");
        b.click(By.cssSelector("#contactsTable a.sb-contact-tickets"));
        b.waitUntilUrlContains("contact=" + contact);
        assertTrue(b.text(By.id("ticketTable")).contains(number), "this contact's other tickets");
    }

    @Test
    void aDeletedTicketIsRestoredFromItsPage() {
        String number = Api.as("agent")
                .post(
                        "/api/v1/tickets",
                        io.switchboard.it.Api.json("summary", "Deleted by mistake " + Fixtures.token()))
                .json()
                .getString("number");
        assertEquals(
                204, Api.as("supervisor").delete("/api/v1/tickets/" + number).status());
        b.go("/manage/deleted.xhtml");
        b.click(By.cssSelector("#deletedTable tr[data-number='" + number + "'] button"));
        b.waitForText(By.id("pageMessages"), number + " restored");
        assertEquals(200, Api.as("agent").get("/api/v1/tickets/" + number).status());
    }

    @Test
    void adminsAddAgentsAndImportTicketsFromAFile() throws java.io.IOException {
        String login = "u" + Fixtures.token().substring(2, 9);
        b.go("/admin/agents.xhtml");
        b.type(Browser.id("agentsForm:username"), login);
        b.type(Browser.id("agentsForm:name"), "Riley " + login);
        b.click(Browser.id("agentsForm:addAgent"));
        b.waitForText(By.id("agentsTable"), "Riley " + login);

        String token = Fixtures.token();
        java.nio.file.Path good = java.nio.file.Files.createTempFile("sb-import-", ".json");
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("sb-import-", ".json");
        try {
            java.nio.file.Files.writeString(
                    good,
                    "["
                            + io.switchboard.it.Api.json(
                                    "summary",
                                    "Imported " + token,
                                    "status",
                                    "resolved",
                                    "createdAt",
                                    "2026-01-05T09:00:00Z",
                                    "resolvedAt",
                                    "2026-01-06T09:00:00Z")
                            + "]");
            java.nio.file.Files.writeString(bad, "[{\"summary\":\"x\",\"priority\":\"urgentest\"}]");
            b.go("/admin/import.xhtml");
            b.driver()
                    .findElement(By.cssSelector("[id='importForm:file_input']"))
                    .sendKeys(bad.toString());
            b.waitFor(By.id("importErrors"));
            assertTrue(b.text(By.id("importErrors")).contains("[0].priority"), b.text(By.id("importErrors")));
            b.driver()
                    .findElement(By.cssSelector("[id='importForm:file_input']"))
                    .sendKeys(good.toString());
            b.waitForText(By.id("importResult"), "1 tickets imported");
            assertEquals(
                    1,
                    Api.as("agent")
                            .get("/api/v1/tickets?includeClosed=true&q=" + token)
                            .json()
                            .getInt("total"));
        } finally {
            java.nio.file.Files.deleteIfExists(good);
            java.nio.file.Files.deleteIfExists(bad);
        }
    }
}
