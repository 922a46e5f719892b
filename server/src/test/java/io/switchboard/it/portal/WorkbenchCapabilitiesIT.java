package io.switchboard.it.portal;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.it.Api;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The tools of a serious desk (issue 13), driven in the browser by one signed-in agent. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchCapabilitiesIT {

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

    @Test
    void timeIsLoggedInThePanelWithTotals() {
        String token = Fixtures.token();
        String number = Fixtures.ticket(token + " server room cooling", "high").getString("number");
        Fixtures.AGENT.post("/api/v1/tickets/" + number + "/time-entries", json("minutes", 30, "billable", false));
        openFromList(token, number);
        b.click(By.xpath("//a[contains(., 'Time (')]"));
        b.type(Browser.id("panelForm:tabs:timeMinutes_input"), "45");
        b.type(Browser.id("panelForm:tabs:timeNote"), "Replaced the fan");
        b.find(Browser.id("panelForm:tabs:timeNote")).sendKeys(Keys.ENTER); // Enter logs the time, nothing else
        b.settle();
        b.waitForText(By.id("timeTotals"), "1h 15m");
        assertTrue(b.text(By.id("timeTotals")).contains("45m billable"), b.text(By.id("timeTotals")));
        assertTrue(b.text(By.cssSelector("#panelContent .sb-time")).contains("Replaced the fan"));
        JsonObject sheet = Fixtures.AGENT
                .get("/api/v1/tickets/" + number + "/time-entries")
                .json();
        assertEquals(75, sheet.getInt("minutes"));
        assertEquals(45, sheet.getInt("billableMinutes"));
        assertEquals(
                "new",
                Fixtures.AGENT
                        .get("/api/v1/tickets/" + number)
                        .json()
                        .getJsonObject("status")
                        .getString("key"));
    }

    @Test
    void aTicketIsMergedFromThePanel() {
        String token = Fixtures.token();
        String merged =
                Fixtures.ticket(token + " printer offline again", "medium").getString("number");
        String survivor = Fixtures.ticket(token + " printer offline", "medium").getString("number");
        Fixtures.AGENT.post("/api/v1/tickets/" + merged + "/comments", json("body", "Second report from reception"));
        openFromList(token, merged);
        b.click(By.xpath("//a[contains(., 'Related (')]"));
        b.type(Browser.id("panelForm:tabs:mergeInto"), survivor);
        b.click(Browser.id("panelForm:tabs:merge"));
        b.click(By.cssSelector(".ui-confirmdialog-yes"));
        b.waitForText(PANEL_NUMBER, survivor);
        b.waitForText(By.id("pageMessages"), merged + " was merged into " + survivor);
        assertTrue(b.text(By.cssSelector("#panelContent .sb-feed")).contains("Second report from reception"));
        JsonObject gone = Fixtures.AGENT.get("/api/v1/tickets/" + merged).json();
        assertEquals(survivor, gone.getString("mergedInto"));
    }

    @Test
    void everyDetailIsEditedInThePanelUnderTheVersionRule() {
        String token = Fixtures.token();
        JsonObject created = Fixtures.ticket(token + " wifi drops in building B", "medium");
        String number = created.getString("number");
        openFromList(token, number);
        b.click(Browser.id("panelForm:editDetails"));
        b.select("panelForm:d-board", "2");
        b.select("panelForm:d-type", "PROBLEM");
        b.find(Browser.id("panelForm:d-tags_input")).sendKeys("wifi", Keys.ENTER);
        b.type(Browser.id("panelForm:d-description"), "Access point AP-7 reboots every hour.");
        b.click(Browser.id("panelForm:saveDetails"));
        b.waitForText(Browser.id("panelForm:panelMessages"), "Details saved");
        JsonObject after = Fixtures.AGENT.get("/api/v1/tickets/" + number).json();
        assertEquals("Infrastructure", after.getJsonObject("board").getString("name"));
        assertEquals("problem", after.getString("type"));
        assertEquals("wifi", after.getJsonArray("tags").getString(0));
        assertEquals("Access point AP-7 reboots every hour.", after.getString("description"));
        assertTrue(b.text(By.cssSelector("#panelContent .sb-description")).contains("AP-7"));

        // A colleague changes the ticket meanwhile: the next save is refused, nothing is overwritten.
        b.click(Browser.id("panelForm:editDetails"));
        b.type(Browser.id("panelForm:d-description"), "My stale edit");
        assertEquals(
                200,
                io.switchboard.it.Api.as("supervisor")
                        .patch(
                                "/api/v1/tickets/" + number,
                                json("description", "Their edit"),
                                "\"" + after.getJsonNumber("version") + "\"")
                        .status());
        b.click(Browser.id("panelForm:saveDetails"));
        b.waitFor(By.cssSelector("#panelContent .sb-conflict"));
        assertEquals(
                "Their edit",
                Fixtures.AGENT.get("/api/v1/tickets/" + number).json().getString("description"));
        assertEquals(
                "My stale edit",
                b.find(Browser.id("panelForm:d-description")).getAttribute("value"),
                "what was typed stays");
    }

    @Test
    void rowsArePickedAndChangedTogetherWithAReportPerRow() {
        String token = Fixtures.token();
        String one = Fixtures.ticket(token + " toner low floor 1", "low").getString("number");
        String two = Fixtures.ticket(token + " toner low floor 2", "low").getString("number");
        String three = Fixtures.ticket(token + " toner low floor 3", "low").getString("number");
        b.go("/tickets.xhtml?q=" + token);
        b.click(By.cssSelector("#ticketTable tr[data-number='" + one + "'] input.sb-pick"));
        b.click(By.cssSelector("#ticketTable tr[data-number='" + two + "'] input.sb-pick"));
        assertEquals("2 tickets selected", b.text(By.id("bulkCount")));
        assertTrue(b.all(By.cssSelector("#panelContent .sb-number")).isEmpty(), "ticking a row does not open it");
        new org.openqa.selenium.support.ui.Select(b.find(Browser.id("bulkForm:bulkAction")))
                .selectByValue("priority:HIGH");
        b.click(Browser.id("bulkForm:bulkApply"));
        b.waitForText(By.id("bulkDone"), "2 of 2 done");
        b.waitForText(By.id("pageMessages"), "2 changed, 0 unchanged, 0 refused");
        assertEquals("high", Fixtures.AGENT.get("/api/v1/tickets/" + one).json().getString("priority"));
        assertEquals("high", Fixtures.AGENT.get("/api/v1/tickets/" + two).json().getString("priority"));
        assertEquals(
                "low", Fixtures.AGENT.get("/api/v1/tickets/" + three).json().getString("priority"));

        // Every matching row, and a refusal reported with its reason: new tickets cannot be closed.
        b.go("/tickets.xhtml?q=" + token);
        b.click(By.id("pickPage"));
        assertEquals("3 tickets selected", b.text(By.id("bulkCount")));
        new org.openqa.selenium.support.ui.Select(b.find(Browser.id("bulkForm:bulkAction"))).selectByValue("close");
        b.click(Browser.id("bulkForm:bulkApply"));
        b.waitForText(By.id("bulkDone"), "3 of 3 done");
        assertTrue(b.text(By.id("bulkRefused")).contains("cannot be closed"), b.text(By.id("bulkRefused")));
    }

    @Test
    void aBulkChangeRefusesARowSomeoneChangedSinceTheListWasReadAndReportsEveryRow() {
        String token = Fixtures.token();
        String kept = Fixtures.ticket(token + " badge reader lobby", "low").getString("number");
        String raced = Fixtures.ticket(token + " badge reader garage", "low").getString("number");
        b.go("/tickets.xhtml?q=" + token);
        // The list as read, before the live poll could show the other change: it would re-read the rows.
        b.js("window.sbLive = null;");
        b.click(By.id("pickPage"));
        assertEquals("2 tickets selected", b.text(By.id("bulkCount")));

        Api.Reply other = Fixtures.AGENT.patch(
                "/api/v1/tickets/" + raced,
                json("summary", token + " badge reader garage, door 2"),
                Fixtures.AGENT.get("/api/v1/tickets/" + raced).etag());
        assertEquals(200, other.status(), other.text());

        new org.openqa.selenium.support.ui.Select(b.find(Browser.id("bulkForm:bulkAction")))
                .selectByValue("priority:CRITICAL");
        b.click(Browser.id("bulkForm:bulkApply"));
        b.waitForText(By.id("bulkDone"), "2 of 2 done");
        b.waitForText(By.id("pageMessages"), "1 changed, 0 unchanged, 1 refused");
        assertEquals(
                "low",
                Fixtures.AGENT.get("/api/v1/tickets/" + raced).json().getString("priority"),
                "the other change is not overwritten");
        assertEquals(
                "critical", Fixtures.AGENT.get("/api/v1/tickets/" + kept).json().getString("priority"));

        b.click(By.cssSelector("#bulkReport > summary"));
        String changed = b.text(By.cssSelector("#bulkReport tr[data-ticket='" + kept + "']"));
        assertTrue(changed.contains("changed") && changed.contains("priority"), changed);
        assertEquals(
                "refused",
                b.find(By.cssSelector("#bulkReport tr[data-ticket='" + raced + "']"))
                        .getAttribute("data-outcome"));
        assertTrue(b.text(By.id("bulkRefused")).contains(raced), b.text(By.id("bulkRefused")));
    }

    @Test
    void aCannedReplyGoesInAtTheCursorFromTheMenuOrItsShortcut() {
        String token = Fixtures.token();
        String shortcut = "k" + token.substring(2, 8);
        assertEquals(
                201,
                Fixtures.AGENT
                        .post(
                                "/api/v1/canned-replies",
                                json(
                                        "title",
                                        "Restart " + token,
                                        "shortcut",
                                        shortcut,
                                        "body",
                                        "Please restart {{ticket.number}}, {{agent.first_name}}"))
                        .status());
        String number = Fixtures.ticket(token + " frozen laptop", "low").getString("number");
        openFromList(token, number);
        org.openqa.selenium.WebElement text = b.find(Browser.id("panelForm:tabs:noteText"));
        text.sendKeys("Hi. ::" + shortcut);
        text.sendKeys(Keys.TAB);
        b.settle();
        b.until(d -> text.getAttribute("value").contains("Please restart"));
        assertEquals("Hi. Please restart " + number + ", Alex", text.getAttribute("value"));

        b.go("/canned-replies.xhtml");
        assertTrue(b.text(By.id("cannedTable")).contains("Restart " + token));
    }

    @Test
    void anExactNumberInTheHeaderSearchOpensThatTicketAndKeysFilter() {
        String token = Fixtures.token();
        String number = Fixtures.ticket(token + " badge printer", "high").getString("number");
        Fixtures.ticket(token + " badge printer", "low");
        b.go("/index.xhtml");
        b.find(By.id("sb-q")).sendKeys(number, Keys.ENTER);
        b.waitForText(PANEL_NUMBER, number);

        b.go("/index.xhtml");
        b.find(By.id("sb-q")).sendKeys("priority:high " + token, Keys.ENTER);
        b.waitUntilUrlContains("q=").settle();
        assertEquals(1, b.all(By.cssSelector("#ticketTable tr.sb-row")).size(), "the syntax works in the portal too");
    }
}
