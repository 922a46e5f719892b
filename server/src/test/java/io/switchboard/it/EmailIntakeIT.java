package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Email intake end to end: a GreenMail IMAP mailbox read by the built-in mail-imap plugin (from
 * the server's plugins directory) as a configured instance. New mail opens a ticket for a new
 * contact, a reply lands on it, automatic mail makes nothing, a stranger naming a ticket gets a
 * linked ticket of their own, and a message without a sender waits in quarantine, visible over
 * REST and in /health, until an admin discards it. Every handled message leaves the inbox.
 */
class EmailIntakeIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api AGENT = Api.as("agent");
    private static GreenMail imap;
    private static GreenMailUser desk;
    private static long mailbox;

    @BeforeAll
    static void start() {
        imap = new GreenMail(new ServerSetup(9392, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
        desk = imap.setUser("desk@intake.example", "desk", "secret");
        Api.Reply r = ADMIN.post(
                "/api/v1/plugins/instances",
                json(
                        "plugin",
                        "mail-imap",
                        "factory",
                        "imap",
                        "name",
                        "IT mailbox " + PluginJars.uniqueId("imap"),
                        "config",
                        Json.createObjectBuilder()
                                .add("host", "127.0.0.1")
                                .add("port", 9392)
                                .add("security", "none")
                                .add("username", "desk")
                                .add("password", "secret")
                                .add("allowInternal", "127.0.0.1")
                                .add("pollSeconds", 1)
                                .add("priority", "high")
                                .build()));
        assertEquals(201, r.status(), r.toString());
        mailbox = r.json().getJsonNumber("id").longValue();
    }

    @AfterAll
    static void stop() {
        ADMIN.delete("/api/v1/plugins/instances/" + mailbox);
        imap.stop();
    }

    private static void deliver(String raw) throws Exception {
        desk.deliver(new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))));
    }

    private static String mail(String from, String subject, String messageId, String extraHeaders, String body) {
        return "From: " + from + "\nTo: desk@intake.example\nSubject: " + subject + "\nMessage-ID: <" + messageId
                + ">\nDate: Tue, 01 Dec 2026 10:00:00 +0000\nMIME-Version: 1.0\n" + extraHeaders
                + "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n";
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Receiver.sleep(200);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    private static List<JsonObject> ticketsMatching(String text) {
        return AGENT.get("/api/v1/tickets?includeClosed=true&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8))
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private static int inboxCount() {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", 9392, "desk", "secret");
            return store.getFolder("INBOX").getMessageCount();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitInboxEmpty() {
        await("the inbox to be emptied", () -> inboxCount() == 0 ? Optional.of(true) : Optional.empty());
    }

    @Test
    void newMailOpensATicketForANewContactAndAReplyLandsOnIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String first = "first-" + tag + "@client.example";
        deliver(mail(
                "Nora Newcomer <nora." + tag + "@newco.example>",
                "Printer on fire " + tag,
                first,
                "",
                "The printer on floor 3 is smoking."));
        JsonObject ticket =
                await("a ticket", () -> ticketsMatching(tag).stream().findFirst());
        assertEquals("Printer on fire " + tag, ticket.getString("summary"));
        assertEquals("high", ticket.getString("priority"), "the mailbox's priority");
        String number = ticket.getString("number");
        JsonObject full = AGENT.get("/api/v1/tickets/" + number).json();
        assertTrue(full.toString().contains("nora." + tag + "@newco.example"), full.toString());
        assertTrue(full.getString("description").contains("smoking"), full.toString());
        awaitInboxEmpty();

        deliver(mail(
                "Nora Newcomer <nora." + tag + "@newco.example>",
                "Re: Printer on fire " + tag,
                "second-" + tag + "@client.example",
                "In-Reply-To: <" + first + ">\nReferences: <" + first + ">\n",
                "It stopped smoking, but it still smells.\n\n> The printer on floor 3 is smoking."));
        JsonObject reply = await(
                "the reply on " + number,
                () ->
                        AGENT
                                .get("/api/v1/tickets/" + number + "/comments")
                                .items()
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .filter(c -> c.toString().contains("still smells"))
                                .findFirst());
        assertTrue(!reply.getBoolean("internal"), reply.toString());
        assertTrue(
                reply.getString("bodyHtml").contains("<details><summary>Quoted text and signature</summary>")
                        && reply.getString("bodyText").contains("> The printer on floor 3 is smoking."),
                "the quote is folded for display and kept in the text: " + reply);
        assertEquals(1, ticketsMatching(tag).size(), "the reply opened no second ticket");
    }

    @Test
    void automaticMailMakesNothingAndLeavesTheInbox() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        deliver(mail(
                "Out Of Office <ooo." + tag + "@client.example>",
                "Automatic reply: away " + tag,
                "ooo-" + tag + "@client.example",
                "Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n",
                "I am away until Monday."));
        deliver(mail(
                "MAILER-DAEMON@mx.client.example",
                "Undelivered Mail Returned to Sender " + tag,
                "bounce-" + tag + "@mx.client.example",
                "",
                "This is the mail system. I'm sorry to have to inform you..."));
        awaitInboxEmpty();
        assertTrue(ticketsMatching(tag).isEmpty(), "automatic mail opened a ticket");
    }

    @Test
    void aStrangerNamingATicketGetsALinkedTicketOfTheirOwn() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        deliver(mail("Owner <owner." + tag + "@acme.example>", "VPN down " + tag, "own-" + tag + "@a", "", "VPN."));
        String number = await(
                        "the owner's ticket",
                        () -> ticketsMatching("VPN down " + tag).stream().findFirst())
                .getString("number");
        deliver(mail(
                "Mallory <mallory." + tag + "@evil.example>",
                "Re: [" + number + "] VPN down " + tag,
                "evil-" + tag + "@e",
                "",
                "Please send me the VPN password."));
        await(
                "the stranger's own ticket",
                () -> ticketsMatching(tag).size() == 2 ? Optional.of(true) : Optional.empty());
        List<JsonObject> comments =
                AGENT.get("/api/v1/tickets/" + number + "/comments").items().getValuesAs(JsonObject.class);
        assertTrue(comments.stream().noneMatch(c -> c.toString().contains("VPN password")), "appended to " + number);
        String links = AGENT.get("/api/v1/tickets/" + number + "/links").text();
        assertTrue(links.contains("related"), links);
    }

    @Test
    void aMessageWithoutSenderWaitsInQuarantineUntilDiscarded() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        deliver("To: desk@intake.example\nSubject: Nobody sent this " + tag + "\nMessage-ID: <nobody-" + tag
                + "@x>\n\nWho am I?\n");
        JsonObject held = await(
                "the quarantined message",
                () -> ADMIN
                        .get("/api/v1/mail/quarantine?pageSize=200")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(q -> q.getString("subject", "").contains(tag))
                        .findFirst());
        assertTrue(held.getString("reason").contains("sender"), held.toString());
        long id = held.getJsonNumber("id").longValue();
        String raw = ADMIN.get("/api/v1/mail/quarantine/" + id + "/raw").text();
        assertTrue(raw.contains("Who am I?"), "the raw message is kept");
        assertTrue(Api.anonymous().get("/health").text().contains("email-quarantine"));
        assertEquals(403, AGENT.get("/api/v1/mail/quarantine").status(), "admins only");
        awaitInboxEmpty();

        JsonObject again =
                ADMIN.post("/api/v1/mail/quarantine/" + id + "/reprocess", "").json();
        assertEquals("quarantined", again.getString("state"), "still no sender: back in quarantine");
        JsonObject gone =
                ADMIN.post("/api/v1/mail/quarantine/" + id + "/discard", "").json();
        assertEquals("discarded", gone.getString("state"));
        assertTrue(ticketsMatching(tag).isEmpty());
    }

    @Test
    void aReplyToAMergedTicketLandsOnTheTicketThatSurvived() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String first = "merged-" + tag + "@client.example";
        deliver(mail("Mia <mia." + tag + "@client.example>", "Scanner offline " + tag, first, "", "Scanner."));
        deliver(mail(
                "Mia <mia." + tag + "@client.example>",
                "Scanner still offline " + tag,
                "survivor-" + tag + "@client.example",
                "",
                "Same scanner."));
        String merged = await(
                        "the first ticket",
                        () -> ticketsMatching(tag).stream()
                                .filter(t -> t.getString("summary").equals("Scanner offline " + tag))
                                .findFirst())
                .getString("number");
        String survivor = await(
                        "the second ticket",
                        () -> ticketsMatching(tag).stream()
                                .filter(t -> t.getString("summary").equals("Scanner still offline " + tag))
                                .findFirst())
                .getString("number");
        assertEquals(
                200,
                AGENT.post("/api/v1/tickets/" + merged + "/merge", json("into", survivor))
                        .status());

        deliver(mail(
                "Mia <mia." + tag + "@client.example>",
                "Re: Scanner offline " + tag,
                "answer-" + tag + "@client.example",
                "In-Reply-To: <" + first + ">\nReferences: <" + first + ">\n",
                "It needs a new cable " + tag + "."));
        await(
                "the answer on " + survivor,
                () -> AGENT.get("/api/v1/tickets/" + survivor + "/comments")
                                .text()
                                .contains("new cable " + tag)
                        ? Optional.of(true)
                        : Optional.empty());
        assertTrue(
                !AGENT.get("/api/v1/tickets/" + merged + "/comments").text().contains("new cable"),
                "nothing on the merged ticket");
        assertEquals(2, ticketsMatching(tag).size(), "the answer opened no ticket of its own");
    }

    @Test
    void answersToFinishedTicketsReopenOrFollowUpAsTheirBoardSays() throws Exception {
        Api supervisor = Api.as("supervisor");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long reopening = Fixtures.id(Fixtures.board(supervisor));
        long following = Fixtures.id(Fixtures.board(supervisor));
        assertEquals(
                "reopen-resolved",
                AGENT.get("/api/v1/boards/" + following + "/mail").json().getString("afterClose"));
        assertEquals(
                403,
                AGENT.put("/api/v1/boards/" + reopening + "/mail", json("afterClose", "reopen"), null)
                        .status());
        assertEquals(
                400,
                supervisor
                        .put("/api/v1/boards/" + reopening + "/mail", json("afterClose", "sometimes"), null)
                        .status());
        assertEquals(
                "reopen",
                supervisor
                        .put("/api/v1/boards/" + reopening + "/mail", json("afterClose", "reopen"), null)
                        .json()
                        .getString("afterClose"));
        assertEquals(
                200,
                supervisor
                        .put("/api/v1/boards/" + following + "/mail", json("afterClose", "follow-up"), null)
                        .status());

        String closed = finishedTicketOn(reopening, "Closed on a reopening board " + tag, "closed", tag + "-a");
        String resolved = finishedTicketOn(following, "Resolved on a following board " + tag, "resolved", tag + "-b");
        deliver(mail(
                "Fay <fay." + tag + "@client.example>",
                "Re: Closed on a reopening board " + tag,
                "again-a-" + tag + "@client.example",
                "In-Reply-To: <" + tag + "-a@client.example>\n",
                "It broke again " + tag + "."));
        deliver(mail(
                "Fay <fay." + tag + "@client.example>",
                "Re: Resolved on a following board " + tag,
                "again-b-" + tag + "@client.example",
                "In-Reply-To: <" + tag + "-b@client.example>\n",
                "Also broke again " + tag + "."));

        await(
                closed + " reopened with the answer",
                () -> AGENT.get("/api/v1/tickets/" + closed + "/comments")
                                .text()
                                .contains("It broke again " + tag)
                        ? Optional.of(true)
                        : Optional.empty());
        assertEquals(
                "open",
                AGENT.get("/api/v1/tickets/" + closed)
                        .json()
                        .getJsonObject("status")
                        .getString("key"));
        JsonObject followUp = await(
                "a follow-up to " + resolved,
                () -> ticketsMatching(tag).stream()
                        .filter(t -> t.getString("summary").equals("Re: Resolved on a following board " + tag))
                        .findFirst());
        assertTrue(
                AGENT.get("/api/v1/tickets/" + followUp.getString("number") + "/links")
                        .text()
                        .contains(resolved),
                "linked to " + resolved);
        assertEquals(
                "resolved",
                AGENT.get("/api/v1/tickets/" + resolved)
                        .json()
                        .getJsonObject("status")
                        .getString("key"));
    }

    /** A ticket opened by mail, moved to the board and taken to the finished status. */
    private static String finishedTicketOn(long board, String summary, String finished, String messageId)
            throws Exception {
        String tag = messageId.substring(0, 8);
        deliver(mail("Fay <fay." + tag + "@client.example>", summary, messageId + "@client.example", "", "Broken."));
        String number = await(
                        "the ticket " + summary,
                        () -> ticketsMatching(tag).stream()
                                .filter(t -> t.getString("summary").equals(summary))
                                .findFirst())
                .getString("number");
        Api.Reply current = AGENT.get("/api/v1/tickets/" + number);
        assertEquals(
                200,
                AGENT.patch("/api/v1/tickets/" + number, json("boardId", board), current.etag())
                        .status());
        assertEquals(
                200,
                AGENT.post("/api/v1/tickets/" + number + "/status", json("status", "resolved"))
                        .status());
        if (finished.equals("closed")) {
            assertEquals(
                    200,
                    AGENT.post("/api/v1/tickets/" + number + "/status", json("status", "closed"))
                            .status());
        }
        return number;
    }

    @Test
    void aZipBombIsLeftOffTheTicketWithANoteWhileTheOtherFilesAreKept() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom("Zed <zed." + tag + "@client.example>");
        m.setRecipients(Message.RecipientType.TO, "desk@intake.example");
        m.setSubject("Logs attached " + tag);
        MimeMultipart body = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Here are the logs " + tag + ".", "utf-8");
        body.addBodyPart(text);
        body.addBodyPart(zipPart("logs.zip", "log.txt", "error 42\n".getBytes(StandardCharsets.UTF_8)));
        body.addBodyPart(zipPart("bomb.zip", "zeros.bin", new byte[30 * 1024 * 1024]));
        m.setContent(body);
        m.saveChanges();
        desk.deliver(m);
        String number = await("the ticket", () -> ticketsMatching(tag).stream().findFirst())
                .getString("number");
        String note = await(
                "the note naming the refused file",
                () -> Optional.of(AGENT.get("/api/v1/tickets/" + number + "/comments?includeInternal=true")
                                .text())
                        .filter(c -> c.contains("bomb.zip")));
        assertTrue(note.contains("zip bomb"), note);
        String files = AGENT.get("/api/v1/tickets/" + number + "/attachments").text();
        assertTrue(files.contains("\"logs.zip\""), files);
        assertTrue(!files.contains("bomb.zip"), files);
    }

    @Test
    void aReplysInlineScreenshotIsShownInPlaceAndARemoteImageIsNot() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String first = "shot-first-" + tag + "@client.example";
        String sender = "Ines Inline <ines." + tag + "@client.example>";
        deliver(mail(sender, "Screen is blank " + tag, first, "", "The screen is blank."));
        JsonObject ticket =
                await("the ticket", () -> ticketsMatching(tag).stream().findFirst());
        String number = ticket.getString("number");
        awaitInboxEmpty();

        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(sender);
        m.setRecipients(Message.RecipientType.TO, "desk@intake.example");
        m.setSubject("Re: Screen is blank " + tag);
        m.setHeader("In-Reply-To", "<" + first + ">");
        MimeMultipart related = new MimeMultipart("related");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(
                "<p>It looks like this " + tag + ":</p><p><img src=\"cid:shot." + tag
                        + "@client.example\" alt=\"screen\">" + "<img src=\"https://tracker.example/open.gif?u=" + tag
                        + "\"></p>",
                "text/html; charset=utf-8");
        related.addBodyPart(html);
        MimeBodyPart png = new MimeBodyPart();
        png.setDataHandler(new DataHandler(new ByteArrayDataSource(PNG, "image/png")));
        png.setFileName("screen.png");
        png.setContentID("<shot." + tag + "@client.example>");
        png.setDisposition(Part.INLINE);
        related.addBodyPart(png);
        m.setContent(related);
        m.saveChanges();
        desk.deliver(m);

        JsonObject reply = await(
                "the reply with its picture",
                () ->
                        AGENT
                                .get("/api/v1/tickets/" + number + "/comments")
                                .items()
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .filter(c -> c.getString("bodyText").contains("It looks like this " + tag))
                                .findFirst());
        JsonObject file =
                AGENT.get("/api/v1/tickets/" + number + "/attachments").items().getValuesAs(JsonObject.class).stream()
                        .filter(f -> f.getString("filename").equals("screen.png"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("the inline image is among the ticket's files"));
        String address = "/files/" + ticket.getJsonNumber("id").longValue() + "/"
                + file.getJsonNumber("id").longValue() + "/inline";
        String body = reply.getString("bodyHtml");
        assertTrue(body.contains("<img src=\"" + address + "\""), "the cid: image points at the stored file: " + body);
        assertTrue(!body.contains("tracker.example"), "a remote image is never loaded: " + body);

        PortalSession portal = new PortalSession();
        assertEquals(302, portal.signIn("agent", "switchboard").statusCode());
        var shown = portal.get(address);
        assertEquals(200, shown.statusCode());
        assertEquals(
                "image/png",
                shown.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertTrue(shown.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"));
        assertEquals(
                "nosniff", shown.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void aTicketOpenedByHtmlMailShowsItAsSentUntilItsDescriptionIsEdited() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom("Hana Html <hana." + tag + "@client.example>");
        m.setRecipients(Message.RecipientType.TO, "desk@intake.example");
        m.setSubject("VPN drops " + tag);
        MimeMultipart related = new MimeMultipart("related");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(
                "<p>The VPN drops <strong>every hour</strong> " + tag + ".</p><script>alert(1)</script>"
                        + "<p><img src=\"cid:err." + tag + "@client.example\"></p>",
                "text/html; charset=utf-8");
        related.addBodyPart(html);
        MimeBodyPart png = new MimeBodyPart();
        png.setDataHandler(new DataHandler(new ByteArrayDataSource(PNG, "image/png")));
        png.setFileName("error.png");
        png.setContentID("<err." + tag + "@client.example>");
        png.setDisposition(Part.INLINE);
        related.addBodyPart(png);
        m.setContent(related);
        m.saveChanges();
        desk.deliver(m);

        String number = await("the ticket", () -> ticketsMatching(tag).stream().findFirst())
                .getString("number");
        Api.Reply read = AGENT.get("/api/v1/tickets/" + number);
        JsonObject ticket = read.json();
        long file =
                AGENT.get("/api/v1/tickets/" + number + "/attachments").items().getValuesAs(JsonObject.class).stream()
                        .filter(f -> f.getString("filename").equals("error.png"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
        String shown = ticket.getString("descriptionHtml");
        assertTrue(shown.contains("<strong>every hour</strong>"), shown);
        assertTrue(
                shown.contains(
                        "<img src=\"/files/" + ticket.getJsonNumber("id").longValue() + "/" + file + "/inline\""),
                shown);
        assertTrue(!shown.contains("script"), shown);
        assertTrue(ticket.getString("description").contains("The VPN drops every hour " + tag), ticket.toString());

        Api.Reply edited = AGENT.patch("/api/v1/tickets/" + number, json("description", "Drops hourly."), read.etag());
        assertEquals(200, edited.status(), edited.toString());
        assertTrue(edited.json().isNull("descriptionHtml"), "edited words replace the mail's: " + edited);
    }

    /** A 1×1 PNG. */
    private static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static MimeBodyPart zipPart(String name, String entry, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content);
            z.closeEntry();
        }
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(out.toByteArray(), "application/zip")));
        part.setFileName(name);
        part.setDisposition(Part.ATTACHMENT);
        return part;
    }
}
