package io.switchboard.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.it.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class AdminPagesIT {

    private static JsonObject status(String key) {
        return Api.as("agent").get("/api/v1/workflow").json().getJsonArray("statuses").stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> s.getString("key").equals(key))
                .findFirst()
                .orElse(null);
    }

    @Test
    void anAdminAddsAStatusAndATransitionToIt() {
        String key = "vendor_" + Fixtures.token().substring(2, 8);
        try (Browser b = Browser.open()) {
            b.login("admin").go("/admin/workflow.xhtml");
            b.type(Browser.id("workflowForm:newKey"), key);
            b.type(Browser.id("workflowForm:newName"), "Awaiting vendor");
            b.select("workflowForm:newCategory", "PENDING");
            b.click(Browser.id("workflowForm:addStatus"));
            b.click(By.cssSelector("input[data-from='in_progress'][data-to='" + key + "']"));
            b.click(By.cssSelector("input[data-from='" + key + "'][data-to='in_progress']"));
            b.click(Browser.id("workflowForm:saveWorkflow"));
            b.waitForText(By.id("pageMessages"), "Workflow saved");
        }
        JsonObject added = status(key);
        assertEquals("Awaiting vendor", added.getString("name"));
        assertEquals("pending", added.getString("category"));
        assertEquals(List.of("in_progress"), added.getJsonArray("transitions").getValuesAs(JsonString::getString));
        assertTrue(status("in_progress")
                .getJsonArray("transitions")
                .getValuesAs(JsonString::getString)
                .contains(key));
    }

    @Test
    void aWorkflowThatBreaksTheRulesIsRefusedWithTheReason() {
        try (Browser b = Browser.open()) {
            b.login("admin").go("/admin/workflow.xhtml");
            // Switching off the initial status would leave new tickets nowhere to start.
            b.click(By.xpath("//tr[td/code[text()='new']]//div[contains(@class,'ui-chkbox-box')]"));
            b.click(Browser.id("workflowForm:saveWorkflow"));
            b.waitForText(By.id("pageMessages"), "initial");
        }
        assertTrue(status("new").getBoolean("active"), "nothing was saved");
    }

    @Test
    void anAdminChangesSlaTargets() {
        try (Browser b = Browser.open()) {
            b.login("admin").go("/admin/sla.xhtml");
            String input = b.find(By.xpath("//tr[th[contains(., 'Low')]]//input[contains(@id,'firstResponse_input')]"))
                    .getAttribute("id");
            b.js(
                    "PrimeFaces.getWidgetById(arguments[0]).setValue(1500);",
                    input.substring(0, input.length() - "_input".length()));
            b.click(By.xpath("//tr[th[contains(., 'Low')]]//button[contains(@id,'save')]"));
            b.waitForText(By.id("pageMessages"), "Targets for low saved");
        }
        JsonObject policy = Api.as("agent").get("/api/v1/sla-policies").items().stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getString("priority").equals("low"))
                .findFirst()
                .orElseThrow();
        assertEquals(1500, policy.getInt("firstResponseMinutes"));
    }
}
