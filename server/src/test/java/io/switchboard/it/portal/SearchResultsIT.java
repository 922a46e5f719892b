package io.switchboard.it.portal;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Full-text search in the list: ranked rows, each with the passage that matched. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchResultsIT {

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

    @Test
    void aWordInAReplyFindsItsTicketRankedBelowASummaryMatchWithTheWordMarked() {
        String token = Fixtures.token();
        String inReply = Fixtures.ticket("Docking station flickers", "low").getString("number");
        assertEquals(
                201,
                Fixtures.AGENT
                        .post(
                                "/api/v1/tickets/" + inReply + "/comments",
                                json("body", "Swapped the <cable> and " + token + " firmware"))
                        .status());
        String inSummary = Fixtures.ticket(token + " firmware rollout", "low").getString("number");

        b.go("/tickets.xhtml");
        By search = By.id("f-q");
        b.type(search, token + " firmware");
        b.find(search).sendKeys(org.openqa.selenium.Keys.ENTER);
        b.waitForText(By.id("ticketTable"), inReply);

        List<String> rows = b.all(By.cssSelector("#ticketTable tbody tr[data-number]")).stream()
                .map(r -> r.getAttribute("data-number"))
                .toList();
        assertEquals(List.of(inSummary, inReply), rows, "the summary match ranks first");
        WebElement match = b.find(By.cssSelector("#ticketTable tr[data-number='" + inReply + "'] .sb-match"));
        assertTrue(
                match.getText().toLowerCase().startsWith("replies"), match.getText()); // the label is set in capitals
        assertTrue(match.getText().contains("<cable>"), "the reply's text shows as text: " + match.getText());
        List<String> marked = match.findElements(By.tagName("mark")).stream()
                .map(WebElement::getText)
                .toList();
        assertTrue(marked.contains(token), marked.toString());
        assertTrue(marked.contains("firmware"), marked.toString());
    }
}
