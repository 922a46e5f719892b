package io.switchboard.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class QuickCreateIT {

    @Test
    void aSentenceBecomesATicket() {
        String token = Fixtures.token();
        try (Browser b = Browser.open()) {
            b.login("agent").go("/tickets.xhtml");
            b.click(Browser.id("topForm:newTicket"));
            b.type(
                    Browser.id("newTabs:quickForm:quickText"),
                    "Outlook not syncing " + token + " for Acme Corp, high priority, assign to me");
            b.click(Browser.id("newTabs:quickForm:parse"));
            b.waitFor(Browser.id("newTabs:quickForm:draft"));

            assertEquals(
                    "Outlook not syncing " + token,
                    b.find(Browser.id("newTabs:quickForm:q-summary")).getAttribute("value"));
            assertEquals("1", b.js("return document.getElementById('newTabs:quickForm:q-company_input').value;"));
            assertEquals("HIGH", b.js("return document.getElementById('newTabs:quickForm:q-priority_input').value;"));
            assertEquals("1", b.js("return document.getElementById('newTabs:quickForm:q-assignee_input').value;"));
            By board = By.xpath("//*[@id='newTabs:quickForm:q-board']/ancestor::div[contains(@class,'sb-field')]");
            assertTrue(
                    b.find(board).getAttribute("class").contains("sb-missing"),
                    "the board was not in the sentence, so it is highlighted");
            By company = By.xpath("//*[@id='newTabs:quickForm:q-company']/ancestor::div[contains(@class,'sb-field')]");
            assertFalse(b.find(company).getAttribute("class").contains("sb-missing"));

            b.select("newTabs:quickForm:q-board", "2");
            b.click(Browser.id("newTabs:quickForm:create"));
            b.waitForText(By.cssSelector("#panelContent .sb-panel-summary"), token);
        }
        JsonObject created = Fixtures.AGENT
                .get("/api/v1/tickets?q=" + token)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("high", created.getString("priority"));
        assertEquals("Acme Corp", created.getJsonObject("company").getString("name"));
        assertEquals("Infrastructure", created.getJsonObject("board").getString("name"));
        assertEquals("agent", created.getJsonObject("assignee").getString("username"));
    }

    @Test
    void theFullFormSaysWhatIsWrongNextToTheField() {
        try (Browser b = Browser.open()) {
            b.login("agent").go("/index.xhtml");
            b.click(Browser.id("topForm:newTicket"));
            b.click(By.xpath("//a[contains(., 'Full Form')]"));
            b.click(Browser.id("newTabs:fullForm:create"));
            assertTrue(b.text(By.cssSelector("[id='newTabs:fullForm:f-summary'] ~ .ui-message, .ui-message-error"))
                    .contains("needs a summary"));
        }
    }
}
