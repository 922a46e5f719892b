package io.switchboard.it.portal;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.it.Api;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class TicketPanelIT {

    private static final By PANEL_NUMBER = By.cssSelector("#panelContent .sb-number");

    private static void openFromList(Browser b, String token, String number) {
        b.go("/tickets.xhtml?q=" + token);
        b.click(By.cssSelector("#ticketTable tr[data-number='" + number + "'] .sb-col-summary"));
        b.waitForText(PANEL_NUMBER, number);
    }

    @Test
    void theDetailOpensBesideTheListAndTakesANote() {
        String token = Fixtures.token();
        String number = Fixtures.ticket(token + " shared drive slow", "high").getString("number");
        try (Browser b = Browser.open()) {
            b.login("agent");
            openFromList(b, token, number);
            assertTrue(b.url().contains("/tickets.xhtml"), "the list page stays: " + b.url());
            assertFalse(b.all(By.id("ticketTable")).isEmpty());
            assertTrue(b.text(By.cssSelector("#panelContent .sb-panel-summary")).contains("shared drive slow"));

            b.click(By.xpath("//*[@id='panelForm:tabs:noteKind']//label[contains(., 'Internal note')]"));
            b.type(Browser.id("panelForm:tabs:noteText"), "Checked the NAS <b>logs</b>, @supervisor can you confirm?");
            b.click(Browser.id("panelForm:tabs:addNote"));
            WebElement note = b.find(By.cssSelector("#panelContent .sb-feed li.sb-note-internal"));
            assertTrue(
                    note.getText().contains("Checked the NAS <b>logs</b>, @supervisor"),
                    "typed text is shown as typed, escaped: " + note.getText());
            assertTrue(note.getText().toLowerCase().contains("internal note"), note.getText());
            assertEquals("", b.find(Browser.id("panelForm:tabs:noteText")).getAttribute("value"));

            List<String> kinds = Fixtures.AGENT.get("/api/v1/tickets/" + number + "/comments").items().stream()
                    .map(v -> String.valueOf(v.asJsonObject().getBoolean("internal")))
                    .toList();
            assertEquals(List.of("true"), kinds);
        }
    }

    @Test
    void theStatusMovesOnlyAlongAllowedTransitions() {
        String token = Fixtures.token();
        String number =
                Fixtures.ticket(token + " badge reader offline", "medium").getString("number");
        try (Browser b = Browser.open()) {
            b.login("agent");
            openFromList(b, token, number);
            List<String> offered = b.options("panelForm:statusTarget");
            assertTrue(offered.contains("in_progress"), offered.toString());
            assertFalse(offered.contains("closed"), "new → closed is not a transition of the workflow: " + offered);
            assertFalse(offered.contains("new"), offered.toString());

            b.select("panelForm:statusTarget", "in_progress");
            b.click(Browser.id("panelForm:applyStatus"));
            b.waitForText(By.cssSelector("#panelContent .sb-panel-title"), "In progress");
            assertEquals(
                    "in_progress",
                    Fixtures.AGENT
                            .get("/api/v1/tickets/" + number)
                            .json()
                            .getJsonObject("status")
                            .getString("key"));
            List<String> now = b.options("panelForm:statusTarget");
            assertTrue(
                    now.contains("resolved") && !now.contains("in_progress") && !now.contains("closed"),
                    now.toString());
            // The list behind the panel caught up without a reload.
            b.waitForText(By.cssSelector("#ticketTable tr[data-number='" + number + "']"), "In progress");
        }
    }

    @Test
    void aConcurrentChangeIsReportedAndTheUsersInputIsKept() {
        String token = Fixtures.token();
        JsonObject ticket = Fixtures.ticket(token + " VPN certificate expired", "medium");
        String number = ticket.getString("number");
        try (Browser b = Browser.open()) {
            b.login("agent");
            openFromList(b, token, number);
            b.type(Browser.id("panelForm:tabs:noteText"), "Half-written reply about the certificate");

            // Meanwhile a colleague raises the priority.
            Api.Reply other = Api.as("supervisor")
                    .patch(
                            "/api/v1/tickets/" + number,
                            json("priority", "critical"),
                            "\"" + ticket.getJsonNumber("version") + "\"");
            assertEquals(200, other.status(), other.text());

            b.select("panelForm:statusTarget", "open");
            b.click(Browser.id("panelForm:applyStatus"));
            assertTrue(
                    b.text(By.cssSelector("#panelContent .sb-conflict")).contains("Someone else changed this ticket"));
            assertTrue(b.text(Browser.id("panelForm:panelMessages")).contains("nothing was overwritten"));
            assertEquals(
                    "new",
                    Fixtures.AGENT
                            .get("/api/v1/tickets/" + number)
                            .json()
                            .getJsonObject("status")
                            .getString("key"),
                    "the stale change was not applied");
            assertEquals(
                    "Half-written reply about the certificate",
                    b.find(Browser.id("panelForm:tabs:noteText")).getAttribute("value"));
            assertEquals("open", b.js("return document.getElementById('panelForm:statusTarget_input').value;"));

            b.click(Browser.id("panelForm:reloadTicket"));
            b.waitForText(By.cssSelector("#panelContent .sb-panel-title"), "Critical");
            assertEquals(
                    "Half-written reply about the certificate",
                    b.find(Browser.id("panelForm:tabs:noteText")).getAttribute("value"));
            b.select("panelForm:statusTarget", "open");
            b.click(Browser.id("panelForm:applyStatus"));
            b.waitForText(By.cssSelector("#panelContent .sb-panel-title"), "Open");
            JsonObject after = Fixtures.AGENT.get("/api/v1/tickets/" + number).json();
            assertEquals("open", after.getJsonObject("status").getString("key"));
            assertEquals("critical", after.getString("priority"), "the colleague's change survived");
        }
    }

    @Test
    void theDashboardOpensTheSamePanel() {
        JsonObject ticket = Api.as("agent")
                .post(
                        "/api/v1/tickets",
                        json(
                                "summary",
                                "Dock not charging " + Fixtures.token(),
                                "priority",
                                "critical",
                                "assigneeId",
                                "me"))
                .json();
        try (Browser b = Browser.open()) {
            b.login("agent").go("/index.xhtml");
            b.click(By.xpath("//ul[@class='sb-queue-list']//a[contains(., '" + ticket.getString("number") + "')]"));
            b.waitForText(PANEL_NUMBER, ticket.getString("number"));
            assertTrue(b.url().contains("/index.xhtml"), b.url());
        }
    }

    @Test
    void aFileSentWithAReplyIsShownUnderThatReply() throws java.io.IOException {
        String token = Fixtures.token();
        String number =
                Fixtures.ticket(token + " screenshot of the error", "low").getString("number");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("sb-reply-", ".txt");
        java.nio.file.Files.writeString(file, "steps to reproduce " + token);
        try (Browser b = Browser.open()) {
            b.login("agent");
            openFromList(b, token, number);
            b.driver()
                    .findElement(By.cssSelector("[id='uploadForm:replyFile_input']"))
                    .sendKeys(file.toString());
            b.waitForText(By.id("stagedFiles"), file.getFileName().toString());
            b.type(Browser.id("panelForm:tabs:noteText"), "Here are the steps " + token);
            b.click(Browser.id("panelForm:tabs:addNote"));
            b.waitForText(
                    By.cssSelector("#panelContent .sb-note-files"),
                    file.getFileName().toString());
            String shown = b.text(By.cssSelector("#panelContent .sb-feed li:last-child"));
            assertTrue(
                    shown.contains("Here are the steps " + token)
                            && shown.contains(file.getFileName().toString()),
                    shown);
            java.net.http.HttpResponse<String> download = b.download(
                    b.find(By.cssSelector("#panelContent .sb-note-files a")).getAttribute("href"));
            assertEquals("steps to reproduce " + token, download.body());
        }
        jakarta.json.JsonObject reply = Fixtures.AGENT
                .get("/api/v1/tickets/" + number + "/comments")
                .items()
                .getJsonObject(0);
        jakarta.json.JsonObject sent = Fixtures.AGENT
                .get("/api/v1/tickets/" + number + "/attachments")
                .items()
                .getJsonObject(0);
        assertEquals(
                reply.getJsonNumber("id").longValue(),
                sent.getJsonNumber("commentId").longValue(),
                "the file names its reply");
    }

    @Test
    void filesAreUploadedInThePanelAndComeBackAsDownloads() throws java.io.IOException {
        String token = Fixtures.token();
        String number = Fixtures.ticket(token + " error log attached", "low").getString("number");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("sb-upload-", ".txt");
        java.nio.file.Files.writeString(file, "ERROR 42 at 09:14 " + token);
        try (Browser b = Browser.open()) {
            b.login("agent");
            openFromList(b, token, number);
            b.click(By.xpath("//a[contains(., 'Files (0)')]"));
            b.driver()
                    .findElement(By.cssSelector("[id='uploadForm:upload_input']"))
                    .sendKeys(file.toString());
            b.waitForText(
                    By.cssSelector("#panelContent .sb-files"),
                    file.getFileName().toString());
            String href = b.find(By.cssSelector("#panelContent .sb-files a")).getAttribute("href");
            java.net.http.HttpResponse<String> download = b.download(href);
            assertEquals(200, download.statusCode());
            assertEquals("ERROR 42 at 09:14 " + token, download.body());
            assertTrue(download.headers()
                    .firstValue("Content-Disposition")
                    .orElse("")
                    .startsWith("attachment"));
            assertEquals(
                    "nosniff",
                    download.headers().firstValue("X-Content-Type-Options").orElse(""));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void theBellTellsAboutATicketAColleagueAssignedAndOpensIt() throws InterruptedException {
        String number = Api.as("supervisor")
                .post("/api/v1/tickets", json("summary", "Handover " + Fixtures.token(), "assigneeId", 1))
                .json()
                .getString("number");
        try (Browser b = Browser.open()) {
            b.login("agent");
            for (int i = 0;
                    i < 30
                            && b.go("/index.xhtml")
                                    .all(By.xpath("//ul[@class='sb-notes-list']//a[contains(., '" + number + "')]"))
                                    .isEmpty();
                    i++) {
                Thread.sleep(1000); // notifications follow their events within seconds
            }
            assertTrue(b.text(By.cssSelector(".sb-bell-count")).matches("\\d+\\+?"));
            b.click(Browser.id("bellForm:bellButton"));
            b.click(By.xpath(
                    "//ul[@class='sb-notes-list']//a[contains(., 'supervisor assigned " + number + " to you')]"));
            b.waitForText(PANEL_NUMBER, number);
        }
    }
}
