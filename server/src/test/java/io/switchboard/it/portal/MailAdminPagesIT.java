package io.switchboard.it.portal;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.switchboard.it.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The mailboxes and mail quarantine admin pages in Chromium, against a GreenMail IMAP server the
 * mail-imap plugin really reads: an admin adds a mailbox through the form, tests it (the folders
 * are listed), sees its reads and switches it off; a mailbox that cannot log in shows why; a
 * message without a sender is viewed, downloaded, reprocessed and discarded from the quarantine.
 * axe-core finds nothing serious on either page.
 */
class MailAdminPagesIT {

    private static final int PORT = 9392;
    private static final Api ADMIN = Api.as("admin");
    private static GreenMail imap;
    private final List<Long> made = new ArrayList<>();

    @BeforeAll
    static void start() {
        imap = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
    }

    @AfterAll
    static void stop() {
        imap.stop();
    }

    @AfterEach
    void deleteMailboxes() {
        made.forEach(id -> ADMIN.delete("/api/v1/plugins/instances/" + id));
    }

    private static GreenMailUser user(String login) {
        return imap.setUser(login + "@pages.example", login, "secret");
    }

    private long mailboxByApi(String name, String login, String password) {
        Api.Reply r = ADMIN.post(
                "/api/v1/plugins/instances",
                json(
                        "plugin",
                        "mail-imap",
                        "factory",
                        "imap",
                        "name",
                        name,
                        "config",
                        Json.createObjectBuilder()
                                .add("host", "127.0.0.1")
                                .add("port", PORT)
                                .add("security", "none")
                                .add("username", login)
                                .add("password", password)
                                .add("allowInternal", "127.0.0.1")
                                .add("pollSeconds", 1)
                                .add("idle", false)
                                .build()));
        assertEquals(201, r.status(), r.toString());
        long id = r.json().getJsonNumber("id").longValue();
        made.add(id);
        return id;
    }

    private static void deliver(GreenMailUser to, String raw) throws Exception {
        to.deliver(new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))));
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            pause();
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while polling", e);
        }
    }

    private static By row(String mailboxName) {
        return By.xpath("//table[@id='mailboxesTable']//tr[td/strong[text()='" + mailboxName + "']]");
    }

    private static By setting(String name) {
        return By.cssSelector("#mailboxForm [data-setting='" + name + "']");
    }

    /** Reloads the page until the mailbox's row says {@code text} (the page shows what the last read recorded). */
    private static void awaitRow(Browser b, String mailboxName, String text) {
        await(mailboxName + " showing '" + text + "'", () -> {
            b.go("/admin/mailboxes.xhtml");
            return b.text(row(mailboxName)).contains(text) ? Optional.of(true) : Optional.empty();
        });
    }

    @Test
    void anAdminAddsAMailboxTestsItSeesItReadAndSwitchesItOff() throws Exception {
        String token = Fixtures.token();
        String name = "Support " + token;
        GreenMailUser desk = user(token);
        try (Browser b = Browser.open()) {
            b.login("admin").go("/admin/mailboxes.xhtml");
            b.click(Browser.id("mailboxesForm:addMailbox"));
            b.type(Browser.id("mailboxForm:name"), name);
            b.type(setting("host"), "127.0.0.1");
            b.type(setting("port"), Integer.toString(PORT));
            b.js(
                    "var s = document.querySelector(\"#mailboxForm [data-setting='security']\"); s.value = 'none';",
                    new Object[0]);
            b.type(setting("username"), token);
            b.type(setting("password"), "secret");
            b.type(setting("allowInternal"), "127.0.0.1");
            b.type(setting("pollSeconds"), "1");
            b.click(Browser.id("mailboxForm:saveMailbox"));
            b.waitForText(By.id("pageMessages"), "Mailbox " + name + " saved");
            JsonObject saved =
                    ADMIN.get("/api/v1/plugins/instances?pageSize=200").items().getValuesAs(JsonObject.class).stream()
                            .filter(i -> i.getString("name").equals(name))
                            .findFirst()
                            .orElseThrow();
            made.add(saved.getJsonNumber("id").longValue());
            assertEquals("none", saved.getJsonObject("config").getString("security"));
            assertTrue(saved.toString().contains("password"), "the password is stored (as a secret)");
            assertTrue(!saved.toString().contains("\"secret\""), "and never shown");

            deliver(
                    desk,
                    "From: Pia <pia." + token + "@client.example>\nTo: " + token
                            + "@pages.example\nSubject: Scanner jam " + token + "\nMessage-ID: <jam-" + token
                            + "@client.example>\n\nThe scanner jams.\n");
            await(
                    "the ticket from the mailbox",
                    () -> Fixtures.AGENT
                            .get("/api/v1/tickets?q=" + URLEncoder.encode(token, StandardCharsets.UTF_8))
                            .json()
                            .getJsonArray("items")
                            .stream()
                            .findFirst());
            awaitRow(b, name, "took in 1");
            assertTrue(b.text(row(name)).contains("READING"), b.text(row(name)));

            b.click(By.cssSelector("[aria-label='Test connection of " + name + "']"));
            b.waitForText(By.cssSelector("#mailboxesTable .sb-test-result"), "OK");
            assertTrue(
                    b.text(By.cssSelector("#mailboxesTable .sb-test-result")).contains("INBOX"),
                    "the folders are listed");

            b.click(By.cssSelector("[aria-label='Edit " + name + "']"));
            assertEquals("", b.find(setting("password")).getAttribute("value"), "a stored password is never sent back");
            assertEquals("stored; type to replace", b.find(setting("password")).getAttribute("placeholder"));
            b.click(Browser.id("mailboxForm:cancelMailbox"));

            b.click(By.cssSelector("[aria-label='Switch off " + name + "']"));
            b.waitForText(By.id("pageMessages"), "switched off");
            assertTrue(b.text(row(name)).contains("DISABLED"), b.text(row(name)));
            assertEquals(
                    false,
                    ADMIN.get("/api/v1/plugins/instances/" + made.get(0)).json().getBoolean("enabled"));
        }
    }

    @Test
    void aMailboxThatCannotLogInShowsTheError() {
        String token = Fixtures.token();
        user(token);
        String name = "Wrong password " + token;
        mailboxByApi(name, token, "not-the-password");
        try (Browser b = Browser.open()) {
            b.login("admin");
            awaitRow(b, name, "FAILING");
            String shown =
                    b.text(By.cssSelector("#mailboxesTable tr[data-mailbox='" + made.get(0) + "'] .sb-last-error"));
            assertTrue(shown.contains("in a row"), shown);
            assertTrue(!shown.contains("not-the-password"), "the password is never shown: " + shown);
            b.click(By.cssSelector("[aria-label='Test connection of " + name + "']"));
            b.waitForText(By.cssSelector("#mailboxesTable .sb-test-result"), "FAILED");
        }
    }

    @Test
    void aQuarantinedMessageIsViewedDownloadedReprocessedAndDiscarded() throws Exception {
        String token = Fixtures.token();
        GreenMailUser desk = user(token);
        long mailbox = mailboxByApi("Quarantine source " + token, token, "secret");
        deliver(
                desk,
                "To: " + token + "@pages.example\nSubject: Nobody sent this " + token + "\nMessage-ID: <nobody-" + token
                        + "@x>\n\nWho am I " + token + "?\n");
        long id = await(
                "the quarantined message",
                () -> ADMIN.get("/api/v1/mail/quarantine?mailbox=" + mailbox).json().getJsonArray("items").stream()
                        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                        .findFirst());
        try (Browser b = Browser.open()) {
            b.login("admin").go("/admin/quarantine.xhtml?mailbox=" + mailbox);
            By line = By.cssSelector("#quarantineTable tr[data-message='" + id + "']");
            assertTrue(b.text(line).contains("Nobody sent this " + token), b.text(line));
            assertTrue(b.text(line).contains("sender"), "the reason is listed: " + b.text(line));
            assertTrue(b.text(line).contains("Quarantine source " + token), "with its mailbox");

            b.click(By.cssSelector("[aria-label='View message " + id + "']"));
            b.waitForText(By.id("rawSource"), "Who am I " + token);
            assertTrue(b.text(By.cssSelector(".sb-quarantine-view")).contains("nobody-" + token + "@x"));
            assertEquals(List.of(), Axe.seriousViolations(b), "quarantine page with a message open");

            HttpResponse<String> raw = b.download("/admin/mail/raw/" + id);
            assertEquals(200, raw.statusCode());
            assertTrue(raw.body().contains("Who am I " + token), "the raw bytes as received");
            assertTrue(
                    raw.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
            assertEquals(
                    "nosniff",
                    raw.headers().firstValue("X-Content-Type-Options").orElse(""));

            b.click(By.cssSelector("[aria-label='Reprocess message " + id + "']"));
            b.waitForText(By.id("pageMessages"), "still in quarantine");
            assertTrue(b.text(line).contains("Nobody sent this"), "still listed");

            b.click(By.cssSelector("[aria-label='Discard message " + id + "']"));
            b.click(By.cssSelector(".ui-confirmdialog-yes"));
            b.waitForText(By.id("pageMessages"), "discarded");
            assertTrue(b.all(line).isEmpty(), "gone from the list");
        }
        assertEquals(
                "discarded", ADMIN.get("/api/v1/mail/quarantine/" + id).json().getString("state"));
        try (Browser agent = Browser.open()) {
            agent.login("agent");
            assertEquals(403, agent.download("/admin/mail/raw/" + id).statusCode(), "admins only");
        }
    }

    @Test
    void bothPagesPassAxe() {
        String token = Fixtures.token();
        user(token);
        mailboxByApi("Axe " + token, token, "secret");
        try (Browser b = Browser.open()) {
            b.login("admin").go("/admin/mailboxes.xhtml");
            assertEquals(List.of(), Axe.seriousViolations(b), "mailboxes");
            b.click(Browser.id("mailboxesForm:addMailbox"));
            b.waitFor(Browser.id("mailboxForm:name"));
            assertEquals(List.of(), Axe.seriousViolations(b), "mailboxes with the form open");
            b.go("/admin/quarantine.xhtml");
            assertEquals(List.of(), Axe.seriousViolations(b), "quarantine");
        }
    }
}
