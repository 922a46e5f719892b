package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who hears about what, end to end: the built-in notify-email plugin (installed by the build
 * into the server's plugins directory) sends through a GreenMail SMTP server to the assignee,
 * the requester for public events only, the people mentioned in a note, minus whoever switched
 * the event off; and the SLA watch fires each warning and breach once.
 */
class NotificationsIT {

    private static GreenMail smtp;
    private static long emailInstance;
    private static final Api ADMIN = Api.as("admin");
    private static final Api AGENT = Api.as("agent");
    private static final Api SUPERVISOR = Api.as("supervisor");

    @BeforeAll
    static void start() {
        smtp = new GreenMail(new ServerSetup(9396, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Api.Reply r = ADMIN.post(
                "/api/v1/plugins/instances",
                json(
                        "plugin",
                        "notify-email",
                        "factory",
                        "email",
                        "name",
                        "IT mail " + PluginJars.uniqueId("smtp"),
                        "config",
                        Json.createObjectBuilder()
                                .add("host", "127.0.0.1")
                                .add("port", 9396)
                                .add("allowInternal", "127.0.0.1")
                                .add("security", "none")
                                .add("from", "desk@switchboard.example")
                                .add("messageIdDomain", "it.switchboard.example")
                                .build()));
        assertEquals(201, r.status(), r.toString());
        emailInstance = r.json().getJsonNumber("id").longValue();
    }

    @AfterAll
    static void stop() {
        ADMIN.delete("/api/v1/plugins/instances/" + emailInstance);
        AGENT.put(
                "/api/v1/me/notification-settings/events",
                "[{\"event\":\"ticket.status_changed\",\"channel\":\"email\",\"enabled\":true}]",
                null);
        smtp.stop();
    }

    @Test
    void theRightPeopleGetTheRightEmails() throws Exception {
        String rita = "rita." + PluginJars.uniqueId("req") + "@example.com";
        long contact = ADMIN.post("/api/v1/contacts", json("name", "Rita Requester", "email", rita))
                .json()
                .getJsonNumber("id")
                .longValue();
        long agentId = AGENT.get("/api/v1/me")
                .json()
                .getJsonObject("agent")
                .getJsonNumber("id")
                .longValue();
        Api.Reply created =
                AGENT.post("/api/v1/tickets", json("summary", "Mail routing " + rita, "contactId", contact));
        assertEquals(201, created.status(), created.toString());
        String number = created.json().getString("number");
        String tag = "[" + number + "]";

        MimeMessage opened = awaitMail(rita, tag, 1).get(0);
        assertEquals("auto-generated", opened.getHeader("Auto-Submitted")[0]);
        assertTrue(opened.getMessageID().endsWith("@it.switchboard.example>"), opened.getMessageID());
        assertEquals("<" + number.toLowerCase() + "@it.switchboard.example>", opened.getHeader("In-Reply-To")[0]);

        assertEquals(
                200,
                ADMIN.post("/api/v1/tickets/" + number + "/assign", json("assigneeId", agentId))
                        .status());
        assertTrue(awaitMail("agent@switchboard.example", tag + " Assigned to you", 1)
                        .size()
                == 1);

        assertEquals(
                201,
                SUPERVISOR
                        .post(
                                "/api/v1/tickets/" + number + "/comments",
                                json("body", "@admin can you check the toner?", "internal", true))
                        .status());
        awaitMail("admin@switchboard.example", "mentioned you", 1);
        awaitMail("agent@switchboard.example", tag + " Internal note", 1);

        Api.Reply off = AGENT.put(
                "/api/v1/me/notification-settings/events",
                "[{\"event\":\"ticket.status_changed\",\"channel\":\"email\",\"enabled\":false}]",
                null);
        assertEquals(200, off.status(), off.toString());
        assertEquals(
                200,
                SUPERVISOR
                        .post("/api/v1/tickets/" + number + "/status", json("status", "open"))
                        .status());
        awaitMail(rita, tag + " Status open", 1);

        assertEquals(
                201,
                SUPERVISOR
                        .post(
                                "/api/v1/tickets/" + number + "/comments",
                                json("body", "We are on it.", "internal", false))
                        .status());
        awaitMail(rita, tag + " Mail routing", 2); // opened + the reply
        awaitMail("agent@switchboard.example", tag + " Mail routing", 1);

        Receiver.sleep(1500);
        assertEquals(
                0,
                mails(rita, "Internal note").size() + mails(rita, "mentioned").size(),
                "the requester never sees staff-only events");
        assertEquals(
                0, mails("agent@switchboard.example", tag + " Status").size(), "the agent switched status emails off");
        assertEquals(0, mails("supervisor@switchboard.example", tag).size(), "nobody is told about their own changes");
    }

    @Test
    void eachSlaWarningAndBreachFiresOnce() {
        String id = PluginJars.uniqueId("example-sla");
        try (Receiver receiver = new Receiver(9397)) {
            Plugins.installed(PluginJars.as(PluginJars.V1, id, "1.0.0"));
            long instance = Plugins.recorder(id, id, receiver.url("/sla"), "record", "sla.warning", "sla.breached");
            Instant due = Instant.now().plusSeconds(20);
            Api.Reply created = AGENT.post(
                    "/api/v1/tickets", json("summary", "SLA watch " + id, "priority", "low", "dueAt", due.toString()));
            assertEquals(201, created.status(), created.toString());
            String number = created.json().getString("number");
            receiver.await(
                    h -> h.body().contains(number) && h.body().contains("sla.warning"), 1, Duration.ofSeconds(45));
            receiver.await(
                    h -> h.body().contains(number) && h.body().contains("sla.breached"), 1, Duration.ofSeconds(45));
            Receiver.sleep(5000);
            assertEquals(
                    1,
                    receiver.hits(h -> h.body().contains(number) && h.body().contains("sla.warning"))
                            .size());
            assertEquals(
                    1,
                    receiver.hits(h -> h.body().contains(number) && h.body().contains("sla.breached"))
                            .size());
            Plugins.deleteInstance(instance);
            Plugins.remove(id);
        }
    }

    @Test
    void preferencesAndBoardFollowingAreMine() {
        Api.Reply prefs = SUPERVISOR.get("/api/v1/me/notification-settings/events");
        assertEquals(200, prefs.status());
        assertEquals(16, prefs.array().size(), "8 events on 2 channels");
        assertEquals(
                400,
                SUPERVISOR
                        .put(
                                "/api/v1/me/notification-settings/events",
                                "[{\"event\":\"x\",\"channel\":\"email\",\"enabled\":true}]",
                                null)
                        .status());
        long board = ADMIN.get("/api/v1/boards")
                .items()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                204,
                SUPERVISOR
                        .put("/api/v1/me/notification-settings/boards/" + board, "", null)
                        .status());
        assertTrue(
                SUPERVISOR.get("/api/v1/me/notification-settings/boards").text().contains(Long.toString(board)));
        assertEquals(
                204,
                SUPERVISOR
                        .delete("/api/v1/me/notification-settings/boards/" + board)
                        .status());
    }

    private static List<MimeMessage> awaitMail(String to, String subjectPart, int count) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            List<MimeMessage> found = mails(to, subjectPart);
            if (found.size() >= count) {
                return found;
            }
            Receiver.sleep(200);
        }
        throw new AssertionError(
                "No " + count + " mail(s) to " + to + " with '" + subjectPart + "'; got: " + subjects());
    }

    private static List<MimeMessage> mails(String to, String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                        .anyMatch(a -> a.toString().contains(to))
                                && m.getSubject().contains(subjectPart);
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    private static List<String> subjects() {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(m -> {
                    try {
                        return Arrays.toString(m.getRecipients(Message.RecipientType.TO)) + " " + m.getSubject();
                    } catch (MessagingException e) {
                        return "?";
                    }
                })
                .toList();
    }
}
