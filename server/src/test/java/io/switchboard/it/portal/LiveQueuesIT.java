package io.switchboard.it.portal;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.it.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Live queues in Chromium: what others change shows in the list and in the open panel without a
 * reload (the page polls every 4 s), and someone typing an answer shows as "… is replying" to
 * whoever else has the ticket open. A mark set on the page before the change proves the page was
 * not reloaded.
 */
class LiveQueuesIT {

    private static final Api SUPERVISOR = Api.as("supervisor");
    private static final String NOT_RELOADED = "window.sbSameDocument = true;";
    private static final String STILL_SAME = "return window.sbSameDocument === true;";

    @Test
    void aChangeSomeoneElseMakesShowsInTheListWithoutAReload() {
        String token = Fixtures.token();
        String number = Fixtures.ticket(token + " printer jams", "medium").getString("number");
        try (Browser b = Browser.open()) {
            b.login("agent").go("/tickets.xhtml?q=" + token);
            b.waitForText(By.cssSelector("#ticketTable tr.sb-row"), "printer jams");
            b.js(NOT_RELOADED);

            Api.Reply r = SUPERVISOR.patch(
                    "/api/v1/tickets/" + number,
                    json("summary", token + " printer jams on tray 2"),
                    SUPERVISOR.get("/api/v1/tickets/" + number).etag());
            assertEquals(200, r.status(), r.text());

            b.waitForText(By.cssSelector("#ticketTable tr.sb-row"), "on tray 2");
            assertEquals(Boolean.TRUE, b.js(STILL_SAME), "the list changed in place");
        }
    }

    @Test
    void theOpenPanelShowsAReplySomeoneElseAddsWithoutAReload() {
        String number =
                Fixtures.ticket("Live panel " + Fixtures.token(), "high").getString("number");
        try (Browser b = Browser.open()) {
            b.login("agent").go("/tickets.xhtml?ticket=" + number);
            b.waitForPanel();
            b.js(NOT_RELOADED);

            String text = "Supervisor here: the vendor replaced the fuser " + Fixtures.token();
            assertEquals(
                    201,
                    SUPERVISOR
                            .post("/api/v1/tickets/" + number + "/comments", json("body", text))
                            .status());

            b.waitForText(By.cssSelector("#panelContent .sb-feed"), text);
            assertEquals(Boolean.TRUE, b.js(STILL_SAME), "the panel changed in place");
        }
    }

    @Test
    void someoneTypingAnAnswerShowsAsReplyingToTheOthersOnTheTicket() {
        String number = Fixtures.ticket("Two agents one ticket " + Fixtures.token(), "high")
                .getString("number");
        try (Browser watching = Browser.open();
                Browser typing = Browser.open()) {
            watching.login("agent").go("/tickets.xhtml?ticket=" + number).waitForPanel();
            typing.login("supervisor").go("/tickets.xhtml?ticket=" + number).waitForPanel();

            typing.type(Browser.id("panelForm:tabs:noteText"), "We are looking into it");

            watching.waitForText(By.id("replying"), "is replying");
            assertEquals("Sam Supervisor is replying…", watching.text(By.id("replying")), "a name, not a login");
            assertEquals(
                    "",
                    typing.js("return document.getElementById('replying').textContent;"),
                    "the typist is told of nobody else typing");
        }
    }
}
