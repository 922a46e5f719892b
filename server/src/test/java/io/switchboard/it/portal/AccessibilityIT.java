package io.switchboard.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * axe-core on every page an agent or admin sees (0 serious or critical WCAG 2 A/AA violations),
 * plus what axe cannot see: focus rings, and focus moving into the panel dialog.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityIT {

    private Browser b;
    private String token;
    private String number;

    @BeforeAll
    void signIn() {
        token = Fixtures.token();
        number = Fixtures.ticket("Accessibility check " + token, "high").getString("number");
        b = Browser.open();
    }

    @AfterAll
    void close() {
        b.close();
    }

    private Browser signedIn(String user) {
        b.forgetSession();
        return b.login(user);
    }

    @Test
    void noPageHasSeriousOrCriticalViolations() {
        List<String> found = new ArrayList<>();
        b.forgetSession();
        b.go("/login.xhtml");
        Axe.seriousViolations(b).forEach(v -> found.add("/login.xhtml: " + v));
        signedIn("admin");
        for (String page : List.of(
                "/index.xhtml",
                "/tickets.xhtml",
                "/tickets.xhtml?ticket=" + number,
                "/notifications.xhtml",
                "/canned-replies.xhtml",
                "/manage/directory.xhtml",
                "/manage/deleted.xhtml",
                "/admin/workflow.xhtml",
                "/admin/sla.xhtml",
                "/admin/agents.xhtml",
                "/admin/import.xhtml",
                "/admin/plugins.xhtml",
                "/admin/mailboxes.xhtml",
                "/admin/quarantine.xhtml",
                "/no-such-page.xhtml")) {
            b.go(page);
            if (page.contains("ticket=")) {
                b.waitForPanel();
            }
            Axe.seriousViolations(b).forEach(v -> found.add(page + ": " + v));
        }
        b.go("/tickets.xhtml");
        b.click(Browser.id("topForm:newTicket"));
        b.waitFor(Browser.id("newTabs:quickForm:quickText"));
        Axe.seriousViolations(b).forEach(v -> found.add("new-ticket dialog: " + v));
        assertEquals(List.of(), found);
    }

    /** What axe does not check: a keyboard user sees where they are on the controls the theme left bare. */
    @Test
    void theSearchBoxesAndTheExportLinkShowAFocusRing() {
        signedIn("agent").go("/tickets.xhtml");
        for (String id : List.of("sb-q", "f-q", "exportCsv")) {
            String ring = (String) b.js(
                    "var e = document.getElementById(arguments[0]); e.focus();"
                            + " var s = getComputedStyle(e); return s.outlineStyle + ' ' + s.outlineWidth;",
                    id);
            assertEquals("solid 2px", ring, "#" + id + " focused");
        }
    }

    @Test
    void openingATicketMovesFocusIntoThePanel() {
        signedIn("agent").go("/tickets.xhtml?q=" + token); // not the number: that opens the ticket by itself
        b.click(By.cssSelector("#ticketTable tr.sb-row"));
        b.waitForPanel();
        b.until(d -> Boolean.TRUE.equals(
                b.js("return document.getElementById('panelContent').contains(document.activeElement);")));
        assertTrue(
                (Boolean) b.js("return !document.querySelector('#ticketTable').contains(document.activeElement);"),
                "focus left the list row for the dialog");
    }
}
