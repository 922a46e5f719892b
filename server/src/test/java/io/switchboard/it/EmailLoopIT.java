package io.switchboard.it;

import static io.switchboard.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole loop by email, against one GreenMail with IMAP (the desk's mailbox, read by the
 * mail-imap plugin) and SMTP (where notify-email sends): a requester's mail opens a ticket and
 * gets an acknowledgement with its number; the agent's public reply reaches the requester with
 * threading headers; the requester's answer lands on the same ticket and moves it from waiting
 * back to open; the agent answers by email, publicly and with an internal note; and a message
 * forged in the agent's name gets nothing.
 */
class EmailLoopIT {

    private static final Api ADMIN = Api.as("admin");
    private static final Api AGENT = Api.as("agent");
    private static final String DESK = "desk@loop.example";
    private static final String AGENT_MAIL = "agent@switchboard.example";
    private static GreenMail mail;
    private static GreenMailUser desk;
    private static long mailbox;
    private static long notifier;

    @BeforeAll
    static void start() {
        mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(9393, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
            new ServerSetup(9394, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
        });
        mail.start();
        desk = mail.setUser(DESK, "loopdesk", "secret");
        Api.Reply box = ADMIN.post(
                "/api/v1/plugins/instances",
                json(
                        "plugin",
                        "mail-imap",
                        "factory",
                        "imap",
                        "name",
                        "Loop mailbox " + PluginJars.uniqueId("loop"),
                        "config",
                        Json.createObjectBuilder()
                                .add("host", "127.0.0.1")
                                .add("port", 9393)
                                .add("security", "none")
                                .add("username", "loopdesk")
                                .add("password", "secret")
                                .add("allowInternal", "127.0.0.1")
                                .add("pollSeconds", 1)
                                .build()));
        assertEquals(201, box.status(), box.toString());
        mailbox = box.json().getJsonNumber("id").longValue();
        Api.Reply smtp = ADMIN.post(
                "/api/v1/plugins/instances",
                json(
                        "plugin",
                        "notify-email",
                        "factory",
                        "email",
                        "name",
                        "Loop SMTP " + PluginJars.uniqueId("loop"),
                        "config",
                        Json.createObjectBuilder()
                                .add("host", "127.0.0.1")
                                .add("port", 9394)
                                .add("security", "none")
                                .add("from", DESK)
                                .add("replyTo", DESK)
                                .add("messageIdDomain", "loop.switchboard.example")
                                .add("allowInternal", "127.0.0.1")
                                .build()));
        assertEquals(201, smtp.status(), smtp.toString());
        notifier = smtp.json().getJsonNumber("id").longValue();
    }

    @AfterAll
    static void stop() {
        ADMIN.delete("/api/v1/plugins/instances/" + mailbox);
        ADMIN.delete("/api/v1/plugins/instances/" + notifier);
        mail.stop();
    }

    @Test
    void aRequesterAndAnAgentWorkATicketByEmailAndAForgerGetsNothing() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String rita = "rita." + tag + "@customer.example";
        String firstId = "<rita-1-" + tag + "@customer.example>";
        deliver("From: Rita Requester <" + rita + ">\nTo: " + DESK + "\nSubject: Router keeps rebooting " + tag
                + "\nMessage-ID: " + firstId + "\n\nOur router reboots every ten minutes.");

        // the ticket, and the requester's acknowledgement with its number, a link and our signed Message-ID
        JsonObject ticket = await("the ticket", () -> tickets(tag).stream().findFirst());
        String number = ticket.getString("number");
        MimeMessage ack = await("the acknowledgement", () -> sentTo(rita, "[" + number + "]"));
        assertTrue(ack.getSubject().contains(number), ack.getSubject());
        assertTrue(body(ack).contains("/tickets/" + number), "a link to the ticket");
        assertTrue(
                ack.getMessageID()
                        .matches("<sb\\.\\d+\\.[0-9a-z]+\\.[0-9a-f]{10}\\.[0-9a-f]{10}@loop\\.switchboard\\.example>"),
                ack.getMessageID());
        assertEquals("auto-generated", ack.getHeader("Auto-Submitted", null));
        assertEquals(firstId, ack.getHeader("In-Reply-To", null), "threads under the requester's message");

        // the agent takes it, answers in the portal and waits for the requester
        assertEquals(
                200,
                AGENT.post("/api/v1/tickets/" + number + "/assign", json("assigneeId", "me"))
                        .status());
        assertEquals(
                201,
                AGENT.post("/api/v1/tickets/" + number + "/comments", json("body", "Please update the firmware " + tag))
                        .status());
        assertEquals(
                200,
                AGENT.post("/api/v1/tickets/" + number + "/status", json("status", "waiting"))
                        .status());
        MimeMessage answer = await("the agent's reply by email", () -> sentTo(rita, "update the firmware " + tag));
        assertEquals(firstId, answer.getHeader("In-Reply-To", null));
        assertTrue(answer.getHeader("References", "").contains(firstId), answer.getHeader("References", ""));

        // the requester answers that email: a public reply from the contact, and the ticket is open again
        deliver("From: Rita Requester <" + rita + ">\nTo: " + DESK + "\nSubject: Re: " + answer.getSubject()
                + "\nMessage-ID: <rita-2-" + tag + "@customer.example>\nIn-Reply-To: " + answer.getMessageID()
                + "\nReferences: " + firstId + " " + answer.getMessageID()
                + "\n\nFirmware updated, it still reboots " + tag + ".\n\n> Please update the firmware");
        JsonObject fromRita = await("the requester's answer", () -> comment(number, "it still reboots " + tag));
        assertFalse(fromRita.getBoolean("internal"));
        assertEquals("email", fromRita.getString("origin"));
        assertEquals(
                "open",
                AGENT.get("/api/v1/tickets/" + number)
                        .json()
                        .getJsonObject("status")
                        .getString("key"),
                "a waiting ticket goes back to open when the requester answers");

        // the agent hears of it by email and answers by email: publicly, then with an internal note
        MimeMessage told = await("the agent's notification", () -> sentTo(AGENT_MAIL, "it still reboots " + tag));
        deliver("From: Agent <" + AGENT_MAIL + ">\nTo: " + DESK + "\nSubject: Re: " + told.getSubject()
                + "\nMessage-ID: <agent-1-" + tag + "@switchboard.example>\nIn-Reply-To: " + told.getMessageID()
                + "\n\nThen please send us its serial number " + tag + ".\n\n> it still reboots");
        JsonObject byAgent = await("the agent's emailed reply", () -> comment(number, "serial number " + tag));
        assertFalse(byAgent.getBoolean("internal"), byAgent.toString());
        assertEquals("email", byAgent.getString("origin"));
        assertFalse(byAgent.getString("author").startsWith("contact:"), byAgent.toString());
        await("the agent's reply reaching the requester", () -> sentTo(rita, "serial number " + tag));
        deliver("From: Agent <" + AGENT_MAIL + ">\nTo: " + DESK + "\nSubject: Re: " + told.getSubject()
                + "\nMessage-ID: <agent-2-" + tag + "@switchboard.example>\nIn-Reply-To: " + told.getMessageID()
                + "\n\n#internal Vendor RMA likely " + tag + ".");
        JsonObject note = await("the agent's emailed note", () -> comment(number, "Vendor RMA likely " + tag));
        assertTrue(note.getBoolean("internal"), note.toString());
        assertFalse(note.getString("bodyText").contains("#internal"), "the marker is not part of the note");

        // someone posing as the agent, answering the mail the requester got: nothing lands, it is quarantined
        deliver("From: Agent <" + AGENT_MAIL + ">\nTo: " + DESK + "\nSubject: Re: " + answer.getSubject()
                + "\nMessage-ID: <forged-" + tag + "@evil.example>\nIn-Reply-To: " + answer.getMessageID()
                + "\n\nClosing this, send the refund to IBAN XX " + tag + ".");
        JsonObject held = await(
                "the forged message in quarantine",
                () -> ADMIN
                        .get("/api/v1/mail/quarantine?pageSize=200")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(q -> q.getString("messageId", "").startsWith("forged-" + tag))
                        .findFirst());
        assertTrue(held.getString("reason").contains("staff"), held.toString());
        assertTrue(comment(number, "IBAN").isEmpty(), "the forged text reached the ticket");
        assertEquals(1, tickets(tag).size(), "one ticket for the whole conversation");
    }

    @Test
    void aPermanentBounceMarksTheAddressUntilMailFromItComesInAgain() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String bob = "bob." + tag + "@gone.example";
        deliver("From: Bob <" + bob + ">\nTo: " + DESK + "\nSubject: Badge reader broken " + tag
                + "\nMessage-ID: <bob-1-" + tag + "@gone.example>\n\nThe badge reader at the door is dead.");
        String number =
                await("the ticket", () -> tickets(tag).stream().findFirst()).getString("number");
        MimeMessage ack = await("the acknowledgement", () -> sentTo(bob, "[" + number + "]"));

        String boundary = "dsn-" + tag;
        String dsn = "From: Mail Delivery System <MAILER-DAEMON@mx.gone.example>\r\nTo: " + DESK
                + "\r\nSubject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn-" + tag
                + "@mx.gone.example>\r\nReturn-Path: <>\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0"
                + "\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"" + boundary
                + "\"\r\n\r\n"
                + "--" + boundary + "\r\nContent-Type: text/plain\r\n\r\nThe mailbox does not exist.\r\n"
                + "--" + boundary
                + "\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.gone.example"
                + "\r\n\r\nFinal-Recipient: rfc822; " + bob + "\r\nAction: failed\r\nStatus: 5.1.1\r\n"
                + "--" + boundary + "\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: " + ack.getMessageID()
                + "\r\nSubject: " + ack.getSubject() + "\r\n\r\n--" + boundary + "--\r\n";
        desk.deliver(new MimeMessage(
                Session.getInstance(new Properties()), new ByteArrayInputStream(dsn.getBytes(StandardCharsets.UTF_8))));

        JsonObject marked = await(
                "the address marked undeliverable",
                () -> Fixtures.all(ADMIN, "/api/v1/mail/undeliverable").stream()
                        .filter(u -> u.getString("address").equals(bob))
                        .findFirst());
        assertEquals(
                number,
                "TKT-" + String.format("%06d", marked.getJsonNumber("ticketId").longValue()),
                marked.toString());
        assertTrue(marked.getString("reason").contains("5.1.1"), marked.toString());
        assertEquals(403, AGENT.get("/api/v1/mail/undeliverable").status(), "admins only");
        JsonObject note = AGENT
                .get("/api/v1/tickets/" + number + "/comments?includeInternal=true")
                .items()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getString("bodyText", "").contains("failed permanently"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no bounce note on " + number));
        assertTrue(note.getBoolean("internal"), note.toString());

        // Bob writes again (his mailbox works after all): the mark goes, and mail reaches him again
        deliver("From: Bob <" + bob + ">\nTo: " + DESK + "\nSubject: Re: " + ack.getSubject()
                + "\nMessage-ID: <bob-2-" + tag + "@gone.example>\nIn-Reply-To: " + ack.getMessageID()
                + "\n\nMy mailbox is back " + tag + ".");
        await("Bob's answer", () -> comment(number, "mailbox is back " + tag));
        assertTrue(
                ADMIN.get("/api/v1/mail/undeliverable").text().indexOf(bob) < 0,
                "mail from the address cleared the mark");
        assertEquals(404, ADMIN.delete("/api/v1/mail/undeliverable/" + bob).status(), "nothing left to clear");
    }

    @Test
    void aKnownContactInCcFollowsTheTicketAndHearsThePublicReplies() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String cleo = "cleo." + tag + "@customer.example";
        String colleague = "carl." + tag + "@customer.example";
        String stranger = "sam." + tag + "@elsewhere.example";
        assertEquals(
                201,
                AGENT.post("/api/v1/contacts", json("name", "Carl Colleague", "email", colleague))
                        .status());
        deliver("From: Cleo <" + cleo + ">\nTo: " + DESK + "\nCc: Carl Colleague <" + colleague + ">, Sam <" + stranger
                + ">\nSubject: Projector flickers " + tag + "\nMessage-ID: <cleo-1-" + tag
                + "@customer.example>\n\nThe projector in room 4 flickers.");
        String number =
                await("the ticket", () -> tickets(tag).stream().findFirst()).getString("number");
        JsonObject full = AGENT.get("/api/v1/tickets/" + number).json();
        List<String> following = full.getJsonArray("contactWatchers").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("email"))
                .toList();
        assertEquals(List.of(colleague), following, "the known contact follows, the stranger does not");

        assertEquals(
                201,
                AGENT.post("/api/v1/tickets/" + number + "/comments", json("body", "A new lamp is on its way " + tag))
                        .status());
        await("the reply reaching the requester", () -> sentTo(cleo, "new lamp is on its way " + tag));
        await("the reply reaching the Cc'd contact", () -> sentTo(colleague, "new lamp is on its way " + tag));
        assertTrue(sentTo(stranger, tag).isEmpty(), "a stranger in Cc hears nothing");

        // the colleague may answer by naming the ticket, like the requester
        deliver("From: Carl Colleague <" + colleague + ">\nTo: " + DESK + "\nSubject: Re: [" + number
                + "] Projector flickers " + tag + "\nMessage-ID: <carl-1-" + tag
                + "@customer.example>\n\nIt flickers in room 5 too " + tag + ".");
        await("the colleague's answer on " + number, () -> comment(number, "room 5 too " + tag));
        assertEquals(1, tickets(tag).size(), "no linked ticket for a follower");
    }

    @Test
    void aReplyCopiedToOthersReachesEachOnceShowsWhoIsOnItAndTheirAnswerLands() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String rita = "rita." + tag + "@customer.example";
        String lee = "lee." + tag + "@partner.example"; // nobody the desk knows
        String it = "it." + tag + "@customer.example";
        deliver("From: Rita Requester <" + rita + ">\nTo: " + DESK + "\nSubject: VPN drops " + tag
                + "\nMessage-ID: <rita-vpn-" + tag + "@customer.example>\n\nThe VPN drops every hour.");
        String number =
                await("the ticket", () -> tickets(tag).stream().findFirst()).getString("number");
        await("the acknowledgement", () -> sentTo(rita, "[" + number + "]"));

        Api.Reply reply = AGENT.post(
                "/api/v1/tickets/" + number + "/comments",
                json(
                        "body",
                        "Escalated to the network team " + tag,
                        "cc",
                        Json.createArrayBuilder().add(lee + ", " + it).build()));
        assertEquals(201, reply.status(), reply.text());
        String text = "network team " + tag;
        MimeMessage toLee = await("the copy for " + lee, () -> inbox(lee, text));
        await("the copy for " + it, () -> inbox(it, text));
        await("the reply for the requester", () -> inbox(rita, text));
        for (String address : List.of(rita, lee, it)) {
            MimeMessage copy = inbox(address, text).orElseThrow();
            assertEquals(rita, copy.getHeader("To", null), "the requester is To, as the agent left it");
            assertEquals(lee + ", " + it, copy.getHeader("Cc", null), "everyone sees who else is on it");
        }
        for (String address : List.of(rita, lee, it)) {
            assertEquals(
                    1, inbox(address).filter(m -> body(m).contains(text)).count(), "copies that reached " + address);
        }

        // the copied stranger answers the copy they got: it lands on the ticket, as the requester's would
        deliver("From: Lee <" + lee + ">\nTo: " + DESK + "\nSubject: Re: " + toLee.getSubject()
                + "\nMessage-ID: <lee-1-" + tag + "@partner.example>\nIn-Reply-To: " + toLee.getMessageID()
                + "\n\nThe tunnel is stable since the new MTU " + tag + ".");
        JsonObject fromLee = await("the copied address's answer", () -> comment(number, "new MTU " + tag));
        assertFalse(fromLee.getBoolean("internal"));
        assertEquals(1, tickets(tag).size(), "the answer joined the ticket");
    }

    @Test
    void theFilesOfAReplyReachTheRequesterAttachedToItsEmail() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String rita = "rita.files." + tag + "@customer.example";
        deliver("From: Rita Requester <" + rita + ">\nTo: " + DESK + "\nSubject: Printer jams " + tag
                + "\nMessage-ID: <rita-printer-" + tag + "@customer.example>\n\nThe printer jams on page 2.");
        String number =
                await("the ticket", () -> tickets(tag).stream().findFirst()).getString("number");
        byte[] guide = ("%PDF-1.4 the printer guide " + tag).getBytes(StandardCharsets.US_ASCII);
        Api.Reply uploaded = AGENT.upload("/api/v1/tickets/" + number + "/attachments", "Printer guide.pdf", guide);
        assertEquals(201, uploaded.status(), uploaded.text());

        Api.Reply reply = AGENT.post(
                "/api/v1/tickets/" + number + "/comments",
                json(
                        "body",
                        "The guide is attached " + tag,
                        "attachments",
                        Json.createArrayBuilder()
                                .add(uploaded.json().getJsonNumber("id"))
                                .build()));
        assertEquals(201, reply.status(), reply.text());
        MimeMessage mail = await("the reply for the requester", () -> inbox(rita, "guide is attached " + tag));
        MimeMultipart mixed = (MimeMultipart) mail.getContent();
        BodyPart file = mixed.getBodyPart(1);
        assertEquals("Printer guide.pdf", MimeUtility.decodeText(file.getFileName()));
        assertTrue(file.getContentType().startsWith("application/pdf"), file.getContentType());
        assertArrayEquals(guide, file.getInputStream().readAllBytes());
    }

    /** A message with the text in the mailbox of the address: what its envelope reached, whatever To and Cc say. */
    private static Optional<MimeMessage> inbox(String address, String text) {
        return inbox(address).filter(m -> body(m).contains(text)).findFirst();
    }

    private static Stream<MimeMessage> inbox(String address) {
        GreenMailUser user = mail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return Stream.empty();
        }
        try {
            return mail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                    .map(StoredMessage::getMimeMessage);
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deliver(String raw) throws Exception {
        String withDate = raw.replaceFirst(
                "\n\n",
                "\nDate: Tue, 01 Dec 2026 10:00:00 +0000\nMIME-Version: 1.0\n"
                        + "Content-Type: text/plain; charset=utf-8\n\n");
        desk.deliver(new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(withDate.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))));
    }

    private static Optional<MimeMessage> sentTo(String address, String text) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                        .anyMatch(a -> a.toString().contains(address))
                                && (m.getSubject().contains(text) || body(m).contains(text));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst();
    }

    /** The text a reader sees: the plain body, or the text part of a message with files. */
    private static String body(MimeMessage m) {
        try {
            return m.getContent() instanceof MimeMultipart mixed
                    ? String.valueOf(mixed.getBodyPart(0).getContent())
                    : String.valueOf(m.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonObject> tickets(String text) {
        return AGENT.get("/api/v1/tickets?includeClosed=true&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8))
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private static Optional<JsonObject> comment(String number, String text) {
        return AGENT.get("/api/v1/tickets/" + number + "/comments").items().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("bodyText", "").contains(text))
                .findFirst();
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Receiver.sleep(250);
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
