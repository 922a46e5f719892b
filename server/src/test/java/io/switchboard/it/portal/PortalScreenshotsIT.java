package io.switchboard.it.portal;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.it.Api;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The pictures in the README: a desk with some work on it, photographed at 1280×800 (and one
 * phone-sized list). They land in target/screenshots; -Dportal.screenshots=&lt;dir&gt; puts them elsewhere.
 */
class PortalScreenshotsIT {

    private static final String[] SUMMARIES = {
        "Outlook not syncing on a laptop",
        "VPN drops every hour",
        "Printer on 3rd floor jammed",
        "New starter needs an account",
        "Excel crashes opening large files",
        "Password reset for finance",
        "Wi-Fi slow in meeting room B",
        "Teams calls drop after 10 minutes",
        "Shared drive full",
        "Badge reader at the side door",
        "Monitor flickers",
        "MFA prompt loops"
    };
    private static final String[] PRIORITIES = {"critical", "high", "medium", "medium", "low", "high"};

    @Test
    void photographTheDesk() {
        Api agent = Api.as("agent");
        Api supervisor = Api.as("supervisor");
        String token = Fixtures.token();
        for (int i = 0; i < 60; i++) {
            // Boards 2 and 3 only: the other tests leave their tickets on board 1, and the list below shows board 3.
            JsonObject t = agent.post(
                            "/api/v1/tickets",
                            json(
                                    "summary",
                                    SUMMARIES[i % SUMMARIES.length],
                                    "priority",
                                    PRIORITIES[i % PRIORITIES.length],
                                    "companyId",
                                    (long) (i % 3 + 1),
                                    "boardId",
                                    (long) (i % 2 + 2),
                                    "assigneeId",
                                    i % 5 == 4 ? null : (long) (i / 2 % 3 + 1),
                                    "dueAt",
                                    i % 7 == 3
                                            ? Instant.now()
                                                    .minus(2, ChronoUnit.HOURS)
                                                    .toString()
                                            : null))
                    .json();
            String number = t.getString("number");
            switch (i % 6) {
                case 1 -> agent.post("/api/v1/tickets/" + number + "/status", json("status", "in_progress"));
                case 2 -> agent.post("/api/v1/tickets/" + number + "/status", json("status", "waiting"));
                case 4 -> agent.post("/api/v1/tickets/" + number + "/status", json("status", "resolved"));
                default -> {}
            }
        }
        JsonObject focus = agent.post(
                        "/api/v1/tickets",
                        json(
                                "summary",
                                "Outlook not syncing for the sales team " + token,
                                "priority",
                                "high",
                                "companyId",
                                1L,
                                "contactId",
                                1L,
                                "boardId",
                                1L,
                                "assigneeId",
                                "me",
                                "description",
                                "Since this morning Outlook on the sales laptops stops syncing after a few minutes. Webmail works."))
                .json();
        String number = focus.getString("number");
        agent.post(
                "/api/v1/tickets/" + number + "/comments",
                json("body", "Thanks for reporting this. We are looking into it now.", "internal", false));
        supervisor.post(
                "/api/v1/tickets/" + number + "/comments",
                json(
                        "body",
                        "Looks like the Exchange connector certificate. @agent can you check the expiry?",
                        "internal",
                        true));
        agent.post("/api/v1/tickets/" + number + "/tasks", json("title", "Check connector certificate"));
        agent.post("/api/v1/tickets/" + number + "/tasks", json("title", "Tell the sales team when fixed"));
        agent.post("/api/v1/tickets/" + number + "/watchers", json("agentId", 2));

        try (Browser b = Browser.open(1280, 800)) {
            b.login("agent").go("/index.xhtml");
            shoot(b, "dashboard");
            b.go("/tickets.xhtml?board=3");
            b.find(By.tagName("body")).sendKeys("j");
            b.find(By.tagName("body")).sendKeys("j");
            shoot(b, "ticket-list");
            b.go("/tickets.xhtml?ticket=" + number);
            b.waitFor(By.cssSelector("#panelContent .sb-number")).waitForPanel();
            b.js("document.querySelector('.sb-panel').scrollTop = 0;");
            shoot(b, "ticket-panel");
            b.go("/tickets.xhtml");
            b.click(Browser.id("topForm:newTicket"));
            b.type(
                    Browser.id("newTabs:quickForm:quickText"),
                    "Printer in the Initech lobby prints blank pages, urgent, assign to Sam");
            b.click(Browser.id("newTabs:quickForm:parse"));
            b.waitFor(Browser.id("newTabs:quickForm:draft"));
            shoot(b, "quick-create");
        }
        try (Browser b = Browser.open(390, 844)) {
            b.login("agent").go("/tickets.xhtml?board=3");
            shoot(b, "ticket-list-phone");
        }
    }

    private static void shoot(Browser b, String name) {
        b.settle();
        Path file = b.screenshot(name);
        assertTrue(Files.isRegularFile(file), file.toString());
    }
}
