package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.it.portal.Browser;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The admin plugins page: behind the portal login, and in Chromium it tells an instance whose
 * plugin is switched off from one that fails, with each instance's circuit, waiting deliveries
 * (and the oldest's age) and last failed attempts.
 */
class AdminPluginsPageIT {

    @Test
    void theAdminPluginsPageSendsAnonymousVisitorsToTheLogin() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + "/admin/plugins.xhtml"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(302, r.statusCode(), r.body());
        String location = r.headers().firstValue("location").orElse("");
        assertTrue(location.contains("/login.xhtml?next=%2Fadmin%2Fplugins.xhtml"), location);
    }

    @Test
    void aSwitchedOffPluginIsNotAFailingInstanceAndEachInstanceShowsItsHealth() {
        String pausedId = PluginJars.uniqueId("page-paused");
        String failingId = PluginJars.uniqueId("page-failing");
        Plugins.installed(PluginJars.as(PluginJars.V1, pausedId, "1.0.0"));
        Plugins.installed(PluginJars.as(PluginJars.V1, failingId, "1.0.0"));
        long paused = Plugins.recorder(pausedId, pausedId, "http://127.0.0.1:9/none", "record", "ticket.created");
        long failing = Plugins.recorder(failingId, failingId, "http://127.0.0.1:9/none", "fail", "ticket.created");
        try {
            assertEquals(
                    200,
                    Plugins.ADMIN
                            .patch("/api/v1/plugins/" + pausedId, "{\"enabled\": false}", null)
                            .status());
            Plugins.createTicket("Admin page health " + pausedId);

            JsonObject waiting =
                    awaitInstance(paused, i -> i.getJsonObject("health").getInt("pendingDeliveries") >= 1);
            assertEquals("PLUGIN_DISABLED", waiting.getString("state"), waiting.toString());
            assertTrue(waiting.getJsonObject("health").containsKey("oldestPendingSince"), waiting.toString());
            JsonObject failed = awaitInstance(
                    failing,
                    i -> !i.getJsonObject("health").getJsonArray("lastErrors").isEmpty());
            assertTrue(
                    failed.getJsonObject("health")
                            .getJsonArray("lastErrors")
                            .toString()
                            .contains("asked to fail"),
                    failed.toString());

            try (Browser b = Browser.open()) {
                b.login("admin").go("/admin/plugins.xhtml");
                WebElement pausedRow = row(b, pausedId);
                assertEquals(
                        "PLUGIN DISABLED",
                        pausedRow.findElement(By.cssSelector(".instance-state")).getText());
                assertTrue(pausedRow.getText().contains("switched off; deliveries wait"), pausedRow.getText());
                assertTrue(Integer.parseInt(pausedRow
                                .findElement(By.cssSelector(".pending"))
                                .getText())
                        >= 1);
                assertTrue(pausedRow
                        .findElement(By.cssSelector(".oldest"))
                        .getText()
                        .contains("ago"));
                assertEquals(
                        "closed",
                        pausedRow.findElement(By.cssSelector(".circuit")).getText());

                WebElement failingRow = row(b, failingId);
                String circuit =
                        failingRow.findElement(By.cssSelector(".circuit")).getText();
                assertTrue(List.of("closed", "open", "half-open").contains(circuit), circuit);
                failingRow.findElement(By.cssSelector(".ui-row-toggler")).click();
                b.waitForText(By.cssSelector(".last-errors"), "asked to fail");
            }
        } finally {
            Plugins.deleteInstance(paused);
            Plugins.deleteInstance(failing);
            Plugins.remove(pausedId);
            Plugins.remove(failingId);
        }
    }

    private static WebElement row(Browser b, String instanceName) {
        return b.find(
                By.xpath("//tbody[@id='instances:instanceTable_data']/tr[.//strong[text()='" + instanceName + "']]"));
    }

    private static JsonObject awaitInstance(long id, Predicate<JsonObject> condition) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonObject last = null;
        while (System.nanoTime() < until) {
            last = Plugins.ADMIN.get("/api/v1/plugins/instances/" + id).json();
            if (condition.test(last)) {
                return last;
            }
            Receiver.sleep(200);
        }
        throw new AssertionError("instance " + id + " did not get there within 30 s: " + last);
    }
}
