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
        }
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
