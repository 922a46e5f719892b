package io.switchboard.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.it.Api;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

class TicketListIT {

    private static final By ROWS = By.cssSelector("#ticketTable tr.sb-row");

    @Test
    void filtersLiveInTheUrlAndTheBackButtonRestoresThem() {
        String token = Fixtures.token();
        Fixtures.ticket(token + " mailbox full", "high");
        Fixtures.ticket(token + " monitor flickers", "low");
        Fixtures.ticket(token + " laptop fan loud", "low");
        try (Browser b = Browser.open()) {
            b.login("agent").go("/tickets.xhtml?q=" + token);
            assertEquals(3, b.all(ROWS).size());
            assertTrue(b.text(By.id("showing")).contains("Showing 1–3 of 3"));

            new Select(b.find(By.id("f-priority"))).selectByValue("low"); // applies at once
            b.waitUntilUrlContains("priority=low").settle();
            assertTrue(b.url().contains("q=" + token), b.url());
            assertFalse(b.url().contains("page="), "a new filter starts at page 1: " + b.url());
            assertEquals(2, b.all(ROWS).size());
            assertEquals(
                    "low",
                    new Select(b.find(By.id("f-priority")))
                            .getFirstSelectedOption()
                            .getAttribute("value"));

            b.driver().navigate().back();
            b.settle();
            assertFalse(b.url().contains("priority="), b.url());
            assertEquals(3, b.all(ROWS).size());
            assertEquals(
                    "",
                    new Select(b.find(By.id("f-priority")))
                            .getFirstSelectedOption()
                            .getAttribute("value"));

            b.driver().navigate().forward();
            b.settle();
            assertEquals(2, b.all(ROWS).size());
        }
    }

    @Test
    void pagesOf25SayWhichRowsTheyShow() {
        String token = Fixtures.token();
        for (int i = 1; i <= 30; i++) {
            Fixtures.ticket(token + " printer " + i, "medium");
        }
        try (Browser b = Browser.open()) {
            b.login("agent").go("/tickets.xhtml?q=" + token);
            assertEquals(
                    "Showing 1–25 of 30",
                    b.text(By.cssSelector("#showing"))
                            .split("\n")[0]
                            .replaceAll("\\s*j/k.*", "")
                            .strip());
            assertEquals(25, b.all(ROWS).size());
            b.click(By.id("nextPage"));
            assertTrue(b.url().contains("page=2"), b.url());
            assertTrue(b.text(By.id("showing")).startsWith("Showing 26–30 of 30"), b.text(By.id("showing")));
            assertEquals(5, b.all(ROWS).size());
            b.driver().navigate().back();
            b.settle();
            assertTrue(b.text(By.id("showing")).startsWith("Showing 1–25 of 30"));

            b.click(By.id("lastPage"));
            assertTrue(b.url().contains("page=2"), b.url());
            assertEquals(5, b.all(ROWS).size());

            new Select(b.find(By.id("f-pageSize"))).selectByValue("50");
            b.waitUntilUrlContains("pageSize=50").settle();
            assertFalse(b.url().contains("page=2"), "a new page size starts at page 1: " + b.url());
            assertEquals(30, b.all(ROWS).size());
            assertTrue(b.all(By.id("lastPage")).isEmpty(), "one page, no pager");
        }
    }

    @Test
    void aListFilteredByStatusesAndTypeIsSavedAsAViewWithItsColumns() {
        String token = Fixtures.token();
        String fresh = typed(token + " new incident", "incident");
        String waiting = typed(token + " waiting incident", "incident");
        String request = typed(token + " waiting request", "service_request");
        String working = typed(token + " incident in progress", "incident");
        for (String[] move : new String[][] {{waiting, "waiting"}, {request, "waiting"}, {working, "in_progress"}}) {
            assertEquals(
                    200,
                    Fixtures.AGENT
                            .post("/api/v1/tickets/" + move[0] + "/status", Api.json("status", move[1]))
                            .status());
        }
        String name = "Incidents new or waiting " + token;
        try (Browser b = Browser.open()) {
            b.login("agent").go("/tickets.xhtml?q=" + token);
            assertEquals(4, b.all(ROWS).size());

            // two statuses at once, picked one after the other in the multi-select
            pickStatus(b, "new");
            b.waitUntilUrlContains("status=").settle();
            assertEquals(List.of(fresh), shownNumbers(b));
            pickStatus(b, "waiting");
            b.until(d -> b.all(ROWS).size() == 3).settle();
            new Select(b.find(By.id("f-type"))).selectByValue("incident");
            b.waitUntilUrlContains("type=incident").settle();
            assertEquals(List.of(fresh, waiting), shownNumbers(b));

            // columns: Updated instead of Company
            b.click(By.cssSelector("details.sb-columns > summary"));
            b.click(By.cssSelector("#columnsForm input[value='company']"));
            b.click(By.cssSelector("#columnsForm input[value='updated']"));
            b.click(By.id("applyColumns"));
            b.waitUntilUrlContains("cols=").settle();
            assertTrue(b.all(By.xpath("//th[normalize-space(.)='Company']")).isEmpty(), "Company hidden");
            assertEquals(
                    1, b.all(By.xpath("//th/a[normalize-space(.)='Updated']")).size(), "Updated shown");

            b.type(Browser.id("viewForm:viewName"), name);
            b.click(Browser.id("viewForm:saveView"));
            b.waitUntilUrlContains("view=").settle();

            // from the plain list, the view brings the same rows and columns back
            b.go("/tickets.xhtml");
            b.click(By.xpath(
                    "//ul[contains(@class,'sb-view-list')]//a[starts-with(normalize-space(.), '" + name + "')]"));
            b.waitUntilUrlContains("view=").settle();
            assertEquals(List.of(fresh, waiting), shownNumbers(b));
            assertTrue(b.all(By.xpath("//th[normalize-space(.)='Company']")).isEmpty(), "the view keeps its columns");
            assertEquals(
                    "page",
                    b.find(By.xpath("//ul[contains(@class,'sb-view-list')]//a[starts-with(normalize-space(.), '" + name
                                    + "')]"))
                            .getAttribute("aria-current"));
        }
    }

    /** A ctrl-click on one more option of the status multi-select: Chromium draws it as a one-row list box. */
    private static void pickStatus(Browser b, String status) {
        b.js(
                "var s = document.getElementById('f-status');"
                        + " s.querySelector('option[value=\"' + arguments[0] + '\"]').selected = true;"
                        + " s.dispatchEvent(new Event('change', { bubbles: true }));",
                status);
    }

    private static String typed(String summary, String type) {
        Api.Reply r = Fixtures.AGENT.post("/api/v1/tickets", Api.json("summary", summary, "type", type));
        assertEquals(201, r.status(), r.text());
        return r.json().getString("number");
    }

    private static List<String> shownNumbers(Browser b) {
        return b.all(ROWS).stream()
                .map(r -> r.getAttribute("data-number"))
                .sorted()
                .toList();
    }

    @Test
    void sortingByAColumnIsInTheUrlToo() {
        String token = Fixtures.token();
        String second = Fixtures.ticket(token + " b second", "low").getString("number");
        Fixtures.ticket(token + " a first", "critical");
        assertEquals(
                200,
                Fixtures.AGENT
                        .post("/api/v1/tickets/" + second + "/status", Api.json("status", "in_progress"))
                        .status());
        try (Browser b = Browser.open()) {
            b.login("agent").go("/tickets.xhtml?q=" + token);
            b.click(By.xpath("//th/a[normalize-space(.)='Summary']"));
            assertTrue(b.url().contains("sort=summary"), b.url());
            assertTrue(b.all(ROWS).get(0).getText().contains("a first"));
            b.click(By.xpath("//th/a[normalize-space(.)='Summary']"));
            assertTrue(b.url().contains("sort=-summary"), b.url());
            assertTrue(b.all(ROWS).get(0).getText().contains("b second"));

            // by the status's place in the workflow: new before in progress
            b.click(By.xpath("//th/a[normalize-space(.)='Status']"));
            assertTrue(b.url().contains("sort=status"), b.url());
            assertTrue(b.all(ROWS).get(0).getText().contains("a first"));
            b.click(By.xpath("//th/a[normalize-space(.)='Status']"));
            assertTrue(b.url().contains("sort=-status"), b.url());
            assertTrue(b.all(ROWS).get(0).getText().contains("b second"));
            assertEquals(
                    "descending",
                    b.find(By.xpath("//th[a[normalize-space(.)='Status']]")).getAttribute("aria-sort"));
        }
    }

    @Test
    void keyboardMovesThroughRowsAndEnterOpensTheTicket() {
        String token = Fixtures.token();
        Fixtures.ticket(token + " first", "high");
        String second = Fixtures.ticket(token + " second", "low").getString("number");
        try (Browser b = Browser.open()) {
            b.login("agent").go("/tickets.xhtml?q=" + token);
            WebElement body = b.find(By.tagName("body"));
            body.sendKeys("j");
            body.sendKeys("j");
            b.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            b.settle().waitForText(By.cssSelector("#panelContent .sb-number"), second);
            assertTrue(b.url().contains("ticket=" + second), b.url());
            assertTrue(b.url().contains("q=" + token), "the list stays where it was: " + b.url());
        }
    }

    @Test
    void csvExportHoldsEveryMatchingRowNotJustThePage() {
        String token = Fixtures.token();
        for (int i = 1; i <= 50; i++) {
            Fixtures.ticket(token + " export " + i, i % 5 == 0 ? "low" : "high");
        }
        Fixtures.ticket("=HYPERLINK(\"http://x\") " + token + " formula, with comma", "high");
        try (Browser b = Browser.open()) {
            b.login("agent").go("/tickets.xhtml?q=" + token + "&priority=high");
            String href = b.find(By.id("exportCsv")).getAttribute("href");
            assertTrue(href.contains("q=" + token) && href.contains("priority=high"), href);
            HttpResponse<String> csv = b.download(href);
            assertEquals(200, csv.statusCode());
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            List<String> lines = csv.body().replace("\ufeff", "").lines().toList();
            assertTrue(lines.get(0).startsWith("number,summary,status,priority"), lines.get(0));
            assertEquals(1 + 41, lines.size(), "the header and all 41 high tickets, not just the 25 of a page");
            assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",high,")), String.join("\n", lines));
            assertTrue(
                    lines.stream()
                            .anyMatch(l ->
                                    l.contains("\"'=HYPERLINK(\"\"http://x\"\") " + token + " formula, with comma\"")),
                    "formulas are defused and quoted: " + String.join("\n", lines));
        }
    }
}
