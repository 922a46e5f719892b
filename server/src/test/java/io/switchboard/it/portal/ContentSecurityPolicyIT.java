package io.switchboard.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The portal works under its Content-Security-Policy: every page, the ticket panel and the dialogs
 * run without a single violation (Browser fails any test whose pages had one), and a script that
 * an attacker gets into a page does not run.
 */
class ContentSecurityPolicyIT {

    private static final List<String> PAGES = List.of(
            "/index.xhtml",
            "/tickets.xhtml",
            "/notifications.xhtml",
            "/canned-replies.xhtml",
            "/manage/directory.xhtml",
            "/manage/deleted.xhtml",
            "/admin/agents.xhtml",
            "/admin/plugins.xhtml",
            "/admin/sla.xhtml",
            "/admin/workflow.xhtml",
            "/admin/import.xhtml");

    @Test
    void everyPageRunsWithoutAViolation() {
        try (Browser b = Browser.open()) {
            b.login("admin");
            for (String page : PAGES) {
                b.go(page);
                assertTrue(b.url().contains(page), page + " -> " + b.url());
                assertTrue((Boolean) b.js("return !!window.PrimeFaces && !!window.SB;"), "scripts loaded on " + page);
                assertEquals(List.of(), b.cspViolations(), page);
            }
        }
    }

    @Test
    void theTicketPanelAndTheNewTicketDialogWork() {
        String summary = "CSP panel " + Fixtures.token();
        Fixtures.ticket(summary, "high");
        try (Browser b = Browser.open()) {
            b.login("agent").go("/tickets.xhtml?priority=high&sort=-createdAt");
            b.click(By.xpath("//tr[contains(@class,'sb-row')][.//*[contains(text(),'" + summary
                    + "')]]//td[contains(@class,'sb-col-summary')]"));
            b.waitForPanel();
            assertTrue(b.text(By.cssSelector(".sb-panel")).contains(summary), "the panel opened by an ajax click");
            // its oncomplete handler opens the dialog (the open panel covers the button for a pointer)
            b.js("document.getElementById('topForm:newTicket').click();");
            b.settle();
            b.until(d -> Boolean.TRUE.equals(b.js("return PF('newTicket').isVisible();")));
            b.settle();
        }
    }

    @Test
    void aScriptSmuggledIntoAPageDoesNotRun() {
        try (Browser b = Browser.open()) {
            b.login("agent").go("/index.xhtml");
            b.js("var s = document.createElement('script'); s.textContent = 'window.__sbSmuggled = true;';"
                    + " document.body.appendChild(s);"
                    + " var i = document.createElement('img'); i.src = 'x'; i.setAttribute('onerror', 'window.__sbSmuggled = true');"
                    + " document.body.appendChild(i);");
            b.until(d -> !b.cspViolations().isEmpty());
            assertEquals(Boolean.FALSE, b.js("return window.__sbSmuggled === true;"));
            List<String> blocked = b.takeCspViolations();
            assertTrue(blocked.stream().anyMatch(v -> v.contains("script-src")), blocked.toString());
        }
    }
}
