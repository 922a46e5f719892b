package io.switchboard.it.portal;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.it.Api;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The defects an agent tripped over in a day's work (issue 13), each pinned in the browser. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchDefectsIT {

    private static final By PANEL_NUMBER = By.cssSelector("#panelContent .sb-number");

    private Browser b;

    @BeforeAll
    void signIn() {
        b = Browser.open();
        b.login("agent");
    }

    @AfterAll
    void close() {
        b.close();
    }

    private void openFromList(String token, String number) {
        b.go("/tickets.xhtml?q=" + token);
        b.click(By.cssSelector("#ticketTable tr[data-number='" + number + "'] .sb-col-summary"));
        b.waitForText(PANEL_NUMBER, number);
        b.waitForPanel();
    }

    /** A ticket with a past: opened {@code minutesAgo} minutes ago, at this priority and status. */
    private static String imported(String summary, String priority, String status, long minutesAgo) {
        Instant created = Instant.now().minus(minutesAgo, ChronoUnit.MINUTES);
        Api.Reply r = Api.as("admin")
                .post(
                        "/api/v1/admin/import/tickets",
                        "["
                                + json(
                                        "summary",
                                        summary,
                                        "priority",
                                        priority,
                                        "status",
                                        status,
                                        "createdAt",
                                        created.toString(),
                                        "companyId",
                                        1)
                                + "]");
        assertEquals(200, r.status(), r.text());
        return r.json().getString("firstNumber");
    }

    @Test
    void lineBreaksTypedInAReplyAreKept() {
        String token = Fixtures.token();
        String number = Fixtures.ticket(token + " printer jams", "low").getString("number");
        openFromList(token, number);
        WebElement text = b.find(Browser.id("panelForm:tabs:noteText"));
        text.sendKeys("First line");
        text.sendKeys(Keys.SHIFT, Keys.ENTER);
        text.sendKeys("second line");
        text.sendKeys(Keys.ENTER);
        text.sendKeys(Keys.ENTER);
        text.sendKeys("A new paragraph");
        b.click(Browser.id("panelForm:tabs:addNote"));
        WebElement note = b.find(By.cssSelector("#panelContent .sb-feed li.sb-note .sb-note-body"));
        assertEquals(
                "First line\nsecond line\nA new paragraph", note.getText().replaceAll("\n+", "\n"), note.getText());
        assertEquals(3, note.getText().split("\n").length, "three lines on screen: " + note.getText());
        String stored = Fixtures.AGENT
                .get("/api/v1/tickets/" + number + "/comments")
                .items()
                .getJsonObject(0)
                .getString("bodyText");
        assertEquals("First line\nsecond line\n\nA new paragraph", stored);
    }

    @Test
    void bothSlaClocksShowWithTheirState() {
        String late = Fixtures.token();
        String breached =
                imported(late + " core switch flapping", "critical", "new", 90); // 1 h response, 4 h resolution
        openFromList(late, breached);
        assertEquals("breached", b.find(By.id("slaResponse")).getAttribute("data-state"));
        assertTrue(b.text(By.id("slaResponse")).startsWith("Breached"), b.text(By.id("slaResponse")));
        assertEquals("running", b.find(By.id("slaResolution")).getAttribute("data-state"));
        assertTrue(b.text(By.id("slaResolution")).startsWith("Due in 2h"), b.text(By.id("slaResolution")));

        String fresh = Fixtures.token();
        String critical =
                Fixtures.ticket(fresh + " storage array degraded", "critical").getString("number");
        openFromList(fresh, critical);
        assertTrue(b.text(By.id("slaResponse")).matches("Due in (59|60|1h)m?.*"), b.text(By.id("slaResponse")));
        assertTrue(b.text(By.id("slaResolution")).startsWith("Due in 3h"), b.text(By.id("slaResolution")));

        String soon = Fixtures.token();
        String warning = imported(soon + " backup job failed", "critical", "new", 50); // 50 of 60 minutes gone
        openFromList(soon, warning);
        assertEquals("warning", b.find(By.id("slaResponse")).getAttribute("data-state"));

        // A public reply meets the first response; waiting on the requester pauses the clock.
        b.type(Browser.id("panelForm:tabs:noteText"), "We are on it.");
        b.click(Browser.id("panelForm:tabs:addNote"));
        b.waitFor(By.cssSelector("#slaResponse[data-state='met']"));
        assertTrue(b.text(By.id("slaResponse")).startsWith("Met "), b.text(By.id("slaResponse")));
        String version = Fixtures.AGENT.get("/api/v1/tickets/" + warning).etag();
        Api.Reply waiting = Fixtures.AGENT.post("/api/v1/tickets/" + warning + "/status", json("status", "waiting"));
        assertEquals(200, waiting.status(), waiting.text() + " " + version);
        b.click(Browser.id("panelForm:applyStatus")); // any postback re-renders; nothing picked, so nothing moves
        b.go("/tickets.xhtml?ticket=" + warning).waitForPanel();
        assertEquals("paused", b.find(By.id("slaResolution")).getAttribute("data-state"));
        assertEquals("met", b.find(By.id("slaResponse")).getAttribute("data-state"));
    }

    @Test
    void enterInTheTaskAndLinkFieldsActsOnTheirOwnForm() {
        String token = Fixtures.token();
        String number = Fixtures.ticket(token + " laptop refresh", "medium").getString("number");
        String other = Fixtures.ticket(token + " monitor refresh", "medium").getString("number");
        openFromList(token, number);
        b.select("panelForm:statusTarget", "in_progress");
        b.click(By.xpath("//a[contains(., 'Tasks (')]"));
        b.find(Browser.id("panelForm:tabs:taskTitle")).sendKeys("Order the docking station", Keys.ENTER);
        b.settle();
        b.waitForText(By.cssSelector("#panelContent .sb-tasks"), "Order the docking station");
        assertEquals("new", status(number), "Enter in New task did not press Move");

        b.click(By.xpath("//a[contains(., 'Related (')]"));
        b.find(Browser.id("panelForm:tabs:linkNumber")).sendKeys(other, Keys.ENTER);
        b.settle();
        b.waitForText(By.cssSelector("#panelContent .sb-links"), other);
        assertEquals("new", status(number), "Enter in Link did not press Move");
    }

    private static String status(String number) {
        return Fixtures.AGENT
                .get("/api/v1/tickets/" + number)
                .json()
                .getJsonObject("status")
                .getString("key");
    }

    @Test
    void fieldErrorsInThePanelSayWhatIsWrong() {
        String token = Fixtures.token();
        String number = Fixtures.ticket(token + " badge printer", "medium").getString("number");
        openFromList(token, number);
        b.click(Browser.id("panelForm:tabs:addNote"));
        assertTrue(
                b.text(By.cssSelector("[id='panelForm:tabs:noteText'] ~ .ui-message-error"))
                        .contains("blank"),
                "an empty reply says why");

        b.click(By.xpath("//a[contains(., 'Related (')]"));
        b.type(Browser.id("panelForm:tabs:linkNumber"), number);
        b.click(Browser.id("panelForm:tabs:addLink"));
        assertTrue(
                b.text(By.cssSelector(".sb-link-error .ui-message-error")).contains("itself"),
                "linking a ticket to itself says why");
        b.type(Browser.id("panelForm:tabs:linkNumber"), "TKT-999999");
        b.click(Browser.id("panelForm:tabs:addLink"));
        assertTrue(
                b.text(By.cssSelector(".sb-link-error .ui-message-error")).contains("does not exist"),
                "an unknown ticket says so");
    }

    @Test
    void datesInThePanelCarryTheYear() {
        String token = Fixtures.token();
        String number = Fixtures.ticket(token + " yearly audit", "low").getString("number");
        openFromList(token, number);
        String year =
                Integer.toString(java.time.Year.now(java.time.ZoneOffset.UTC).getValue());
        assertTrue(b.text(By.id("factCreated")).contains(year), b.text(By.id("factCreated")));
        b.click(By.xpath("//a[contains(., 'History (')]"));
        assertTrue(b.text(By.cssSelector("#panelContent .sb-history-when")).contains(year));
    }

    @Test
    void historyShowsNamesAndLabels() {
        String token = Fixtures.token();
        String number = Fixtures.ticket(token + " mailbox quota", "medium").getString("number");
        assertEquals(
                200,
                Fixtures.AGENT
                        .post("/api/v1/tickets/" + number + "/status", json("status", "in_progress"))
                        .status());
        openFromList(token, number);
        b.click(By.xpath("//a[contains(., 'History (')]"));
        String history = b.text(By.cssSelector("#panelContent .sb-history")).replaceAll("\\s+", " ");
        assertTrue(history.contains("Status"), history);
        assertTrue(history.contains("New → In progress"), history);
        assertFalse(history.contains("in_progress"), history);
        assertTrue(history.contains("Alex Agent"), "the actor by name: " + history);
    }

    @Test
    void navigationKeepsItsHistory() {
        String token = Fixtures.token();
        String number = Fixtures.ticket(token + " history check", "high").getString("number");
        b.go("/tickets.xhtml?q=" + token);
        new Select(b.find(By.id("f-priority"))).selectByValue("high");
        b.waitUntilUrlContains("priority=high").settle();
        assertFalse(b.url().contains("status="), "empty filters stay out of the URL: " + b.url());
        assertFalse(b.url().contains("board="), b.url());
        b.driver().navigate().back();
        b.settle();
        assertFalse(b.url().contains("priority=high"), "Back undoes the filter: " + b.url());

        b.go("/tickets.xhtml?q=" + token);
        b.click(By.cssSelector("#ticketTable tr[data-number='" + number + "'] .sb-col-summary"));
        b.waitForText(PANEL_NUMBER, number);
        b.waitUntilUrlContains("ticket=");
        b.driver().navigate().back();
        b.settle();
        assertTrue(b.url().contains("/tickets.xhtml?q=" + token), "Back returns to the list: " + b.url());
        assertFalse(b.url().contains("ticket="), b.url());

        b.go("/tickets.xhtml?overdue=true&sort=deadline");
        assertEquals("Overdue", b.text(By.cssSelector(".sb-nav a.active")).strip());
    }

    @Test
    void aPastDueDateIsWarnedAboutBeforeTheTicketIsCreated() {
        String token = Fixtures.token();
        b.go("/tickets.xhtml");
        b.click(Browser.id("topForm:newTicket"));
        b.click(By.xpath("//a[contains(., 'Full Form')]"));
        b.type(Browser.id("newTabs:fullForm:f-summary"), token + " backdated by mistake");
        WebElement due = b.find(Browser.id("newTabs:fullForm:f-dueAt_input"));
        due.sendKeys("2020-01-06 10:00", Keys.TAB);
        b.settle();
        b.waitForText(Browser.id("newTabs:fullForm:f-duePast"), "in the past");
        b.click(Browser.id("newTabs:fullForm:create"));
        assertTrue(b.text(By.cssSelector("[id='newTabs:fullForm'] .ui-message-warn"))
                .contains("in the past"));
        assertEquals(0, Fixtures.AGENT.get("/api/v1/tickets?q=" + token).json().getInt("total"), "not created yet");
        b.click(Browser.id("newTabs:fullForm:create"));
        b.waitForText(By.cssSelector("#panelContent .sb-panel-summary"), token);
        assertTrue(b.text(By.id("factDue")).contains("2020"), b.text(By.id("factDue")));
    }

    /** The token in letters only (digits become a-j), so it reads as a name. */
    private static String letters(String token) {
        StringBuilder out = new StringBuilder();
        for (char c : token.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : c);
        }
        return out.toString();
    }

    @Test
    void quickCreateFindsTheRequesterByNameAndTheBoardAfterAComma() {
        String token = Fixtures.token();
        String letters = letters(token);
        String company = "Contoso " + Character.toUpperCase(letters.charAt(2)) + letters.substring(3, 6);
        Api.Reply co = Api.as("supervisor").post("/api/v1/companies", json("name", company));
        assertEquals(201, co.status(), co.text());
        long companyId = co.json().getJsonNumber("id").longValue();
        String person = "Megan " + Character.toUpperCase(letters.charAt(6)) + letters.substring(7) + "son";
        Api.Reply contact = Fixtures.AGENT.post(
                "/api/v1/contacts",
                json("name", person, "email", token + "@contoso.example", "companyId", (int) companyId));
        assertEquals(201, contact.status(), contact.text());

        b.go("/tickets.xhtml");
        b.click(Browser.id("topForm:newTicket"));
        b.type(
                Browser.id("newTabs:quickForm:quickText"),
                "Laptop will not boot " + token + " for " + person + " at " + company + ", infrastructure board");
        b.click(Browser.id("newTabs:quickForm:parse"));
        b.waitFor(Browser.id("newTabs:quickForm:draft"));
        assertEquals(
                "Laptop will not boot " + token,
                b.find(Browser.id("newTabs:quickForm:q-summary")).getAttribute("value"));
        assertEquals(
                String.valueOf(contact.json().getJsonNumber("id")),
                b.js("return document.getElementById('newTabs:quickForm:q-contact_input').value;"));
        assertEquals(
                String.valueOf(companyId),
                b.js("return document.getElementById('newTabs:quickForm:q-company_input').value;"));
        assertEquals(
                "2",
                b.js("return document.getElementById('newTabs:quickForm:q-board_input').value;"),
                "Infrastructure");
        assertEquals(
                "",
                b.find(Browser.id("newTabs:quickForm:q-description")).getAttribute("value"),
                "the sentence is the summary, not also the description");

        b.type(Browser.id("newTabs:quickForm:quickText"), "Printer jam " + token + " for Acme Corp");
        b.click(Browser.id("newTabs:quickForm:parse"));
        b.waitFor(Browser.id("newTabs:quickForm:draft"));
        By requester = By.xpath("//*[@id='newTabs:quickForm:q-contact']/ancestor::div[contains(@class,'sb-field')]");
        assertTrue(
                b.find(requester).getAttribute("class").contains("sb-missing"), "a missing requester is highlighted");
        b.js("PF('newTicket').hide();");
    }

    @Test
    void theListPutsBreachedTicketsFirstThenTheSoonestDue() {
        String token = Fixtures.token();
        String soonHigh = Fixtures.ticket(token + " high, four hours", "high").getString("number");
        String breachedLow = imported(token + " low, breached days ago", "low", "new", 5 * 24 * 60);
        String soonCritical =
                Fixtures.ticket(token + " critical, one hour", "critical").getString("number");
        b.go("/tickets.xhtml?q=" + token);
        @SuppressWarnings("unchecked")
        java.util.List<String> order = (java.util.List<String>)
                b.js(
                        "return Array.from(document.querySelectorAll('#ticketTable tr.sb-row')).map(r => r.getAttribute('data-number'));");
        assertEquals(java.util.List.of(breachedLow, soonCritical, soonHigh), order);
    }

    private static java.util.List<String> supervisorNoticesFor(String number) {
        return Api.as("supervisor").get("/api/v1/notifications?pageSize=100").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(n -> number.equals(n.getString("ticketNumber")))
                .map(n -> n.getString("type"))
                .toList();
    }

    @Test
    void oneMentionIsOneNotification() {
        String token = Fixtures.token();
        String number = Fixtures.AGENT
                .post("/api/v1/tickets", json("summary", token + " disk nearly full", "assigneeId", 2))
                .json()
                .getString("number");
        openFromList(token, number);
        b.click(By.xpath("//*[@id='panelForm:tabs:noteKind']//label[contains(., 'Internal note')]"));
        b.type(Browser.id("panelForm:tabs:noteText"), "@supervisor can you extend the volume?");
        b.click(Browser.id("panelForm:tabs:addNote"));
        b.waitFor(By.cssSelector("#panelContent .sb-feed li.sb-note-internal"));
        // A later change as a marker: once its notice is there, the note's have been delivered too.
        String version = Fixtures.AGENT.get("/api/v1/tickets/" + number).etag();
        assertEquals(
                200,
                Fixtures.AGENT
                        .patch("/api/v1/tickets/" + number, json("priority", "high"), version)
                        .status());
        b.until(d -> supervisorNoticesFor(number).stream().anyMatch(t -> t.contains("priority")));
        java.util.List<String> notices = supervisorNoticesFor(number);
        assertEquals(
                1,
                notices.stream()
                        .filter(t -> t.contains("mention") || t.contains("note"))
                        .count(),
                notices.toString());
    }
}
