package io.switchboard.it.portal;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.it.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class DashboardIT {

    @Test
    void cardsAndChartSegmentsLeadToTheMatchingList() {
        Fixtures.ticket("Core switch down " + Fixtures.token(), "critical");
        try (Browser b = Browser.open()) {
            b.login("agent").go("/index.xhtml");
            assertTrue(b.find(By.id("card-critical")).getAttribute("class").contains("sb-card-critical"));
            assertTrue(b.find(By.id("card-overdue")).getAttribute("class").contains("sb-card-overdue"));
            String critical =
                    b.find(By.cssSelector("#card-critical .sb-card-value")).getText();
            b.click(By.id("card-critical"));
            assertTrue(b.url().contains("priority=critical"), b.url());
            assertTrue(
                    b.text(By.id("showing")).contains(" of " + critical),
                    b.text(By.id("showing")) + " vs card " + critical);

            b.go("/index.xhtml");
            String newCount = b.find(By.xpath("//ul[@class='sb-legend']//a[contains(., 'New')]/strong"))
                    .getText();
            b.click(By.xpath("//ul[@class='sb-legend']//a[contains(., 'New')]"));
            assertTrue(b.url().contains("status=new"), b.url());
            assertTrue(b.text(By.id("showing")).contains(" of " + newCount), b.text(By.id("showing")));

            b.go("/index.xhtml");
            b.js(
                    "document.querySelectorAll('.sb-flow-chart a')[58].dispatchEvent(new MouseEvent('click', {bubbles: true}));"); // today, created
            b.waitUntilUrlContains("createdFrom=").settle();
            assertTrue(b.all(By.cssSelector("#ticketTable tr.sb-row")).size() > 0, "today's new tickets are listed");
        }
    }

    @Test
    void myQueueListsMyOpenTicketsAndLeadsToAllOfThem() {
        try (Browser b = Browser.open()) {
            // Every demo login has an agent record, so the queue either lists tickets or says nothing is assigned.
            b.login("admin").go("/index.xhtml");
            boolean empty = !b.all(By.id("queue-empty")).isEmpty();
            boolean listed = !b.all(By.cssSelector(".sb-queue-list li")).isEmpty();
            assertTrue(empty ^ listed, "either the empty state or the queue");
            assertTrue(b.all(By.id("queue-unmapped")).isEmpty());
        }
        Api.as("admin").post("/api/v1/tickets", json("summary", "Admin's own " + Fixtures.token(), "assigneeId", "me"));
        try (Browser b = Browser.open()) {
            b.login("admin").go("/index.xhtml");
            assertTrue(b.all(By.cssSelector(".sb-queue-list li")).size() >= 1);
            assertEquals("View all →", b.text(By.cssSelector(".sb-view-all")));
            b.click(By.cssSelector(".sb-view-all"));
            assertTrue(b.url().contains("assigned=me"), b.url());
        }
    }

    @Test
    void thePortalFitsANarrowPhoneScreen() {
        Fixtures.ticket("Phone layout check " + Fixtures.token(), "low");
        try (Browser b = Browser.open(390, 844)) {
            b.login("agent");
            for (String page : new String[] {"/index.xhtml", "/tickets.xhtml"}) {
                b.go(page);
                long overflow = (Long) b.js("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow <= 0, page + " scrolls sideways by " + overflow + " px");
            }
            b.click(By.cssSelector("#ticketTable tr.sb-row"));
            b.waitFor(By.cssSelector("#panelContent .sb-number"));
            long panel = (Long)
                    b.js("return Math.round(document.querySelector('.sb-panel').getBoundingClientRect().width);");
            assertTrue(panel >= 380, "the panel takes the whole narrow screen: " + panel);
        }
    }
}
