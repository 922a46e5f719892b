package io.switchboard.plugins.email;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.TicketFile;
import io.switchboard.plugin.TicketSummary;
import io.switchboard.plugin.notify.DeliveryResult;
import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.Notifier;
import io.switchboard.plugin.notify.NotifierFactory;
import io.switchboard.plugin.notify.Recipient;
import io.switchboard.plugin.testing.NotifierContract;
import io.switchboard.plugin.testing.TestPluginContext;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmailNotifierContractTest extends NotifierContract {

    /** GreenMail SMTP on 127.0.0.1:9392 (this project's test servers use 9390-9399). */
    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(9392, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Override
    protected NotifierFactory factory() {
        return new EmailNotifierFactory();
    }

    @Override
    protected PluginConfig validConfig() {
        return config(Map.of());
    }

    private static PluginConfig config(Map<String, String> extra) {
        Map<String, String> c = new HashMap<>(Map.of(
                "host",
                "127.0.0.1",
                "port",
                "9392",
                "security",
                "none",
                "from",
                "desk@switchboard.example",
                "messageIdDomain",
                "mail.switchboard.example",
                "perRecipientPerHour",
                "5"));
        c.putAll(extra);
        return PluginConfig.of(c);
    }

    @Override
    protected void assertArrived(Notification n) throws Exception {
        MimeMessage[] all = SMTP.getReceivedMessages();
        assertTrue(
                Arrays.stream(all).anyMatch(m -> header(m, "Message-ID").startsWith("<" + n.eventId() + ".")),
                "no message for " + n.eventId());
    }

    private DeliveryResult deliver(PluginConfig config, Notification n) throws Exception {
        try (Notifier notifier = factory().create(TestPluginContext.of(config), config)) {
            return notifier.deliver(n);
        }
    }

    @Test
    void sendsOneThreadedAutoSubmittedMessagePerRecipientWithTheTicketTag() throws Exception {
        Notification n = sample(Notification.REPLY_ADDED);
        DeliveryResult r = deliver(validConfig(), n);
        assertEquals(DeliveryResult.Outcome.DELIVERED, r.outcome(), r.detail());
        MimeMessage[] all = SMTP.getReceivedMessages();
        assertEquals(2, all.length);
        for (MimeMessage m : all) {
            assertEquals(1, m.getRecipients(Message.RecipientType.TO).length, "one recipient per message");
            assertTrue(m.getSubject().startsWith("[TKT-000123] "), m.getSubject());
            assertEquals("auto-generated", header(m, "Auto-Submitted"));
            assertTrue(
                    header(m, "Message-ID")
                            .matches("<" + n.eventId() + "\\.[0-9a-f]{12}@mail\\.switchboard\\.example>"),
                    header(m, "Message-ID"));
            assertEquals("<tkt-000123@mail.switchboard.example>", header(m, "In-Reply-To"));
            assertEquals("<tkt-000123@mail.switchboard.example>", header(m, "References"));
            assertTrue(String.valueOf(m.getContent()).contains("We are on it."));
        }
        assertTrue(Arrays.stream(all).anyMatch(m -> header(m, "To").contains("rita@example.com")));
    }

    @Test
    void aReplyAddressedToAndCcShowsBothYetEachCopyGoesToItsOwnRecipientOnly() throws Exception {
        Notification sample = sample(Notification.REPLY_ADDED);
        Notification n = new Notification(
                sample.eventId(),
                sample.type(),
                sample.occurredAt(),
                sample.actor(),
                sample.ticket(),
                Map.of("excerpt", "We are on it.", "to", "", "cc", "lee@example.org,it@example.net"),
                List.of(
                        sample.recipients().get(0),
                        sample.recipients().get(1),
                        new Recipient(null, null, "lee@example.org", Recipient.Role.REQUESTER),
                        new Recipient(null, null, "it@example.net", Recipient.Role.REQUESTER)),
                1);
        DeliveryResult r = deliver(validConfig(), n);
        assertEquals(DeliveryResult.Outcome.DELIVERED, r.outcome(), r.detail());
        assertEquals(4, SMTP.getReceivedMessages().length, "one copy per recipient, none twice through Cc");
        for (String copied : List.of("lee@example.org", "it@example.net", "rita@example.com")) {
            List<MimeMessage> inbox = inbox(copied);
            assertEquals(1, inbox.size(), copied);
            assertEquals(
                    "rita@example.com", header(inbox.get(0), "To"), "the requester is To, as the agent addressed it");
            assertEquals("lee@example.org, it@example.net", header(inbox.get(0), "Cc"));
        }
        List<MimeMessage> staffInbox = inbox("alex@example.com");
        assertEquals(1, staffInbox.size());
        MimeMessage staff = staffInbox.get(0);
        assertEquals(
                "Alex Agent <alex@example.com>", header(staff, "To"), "staff hear of the reply, they are not on it");
        assertNull(staff.getHeader("Cc"));
    }

    @Test
    void theFilesOfAReplyGoWithItsEmailUpToTheLimitAndTheRestAreNamedWithTheTicketLink() throws Exception {
        PluginConfig config = config(Map.of("maxAttachmentMiB", "1"));
        TestPluginContext context = TestPluginContext.of(config);
        byte[] pdf = "%PDF-1.7 the invoice".getBytes(StandardCharsets.US_ASCII);
        TicketFile invoice = context.gateway().addFile("TKT-000123", "Rechnung März.pdf", "application/pdf", pdf);
        TicketFile huge =
                context.gateway().addFile("TKT-000123", "trace.bin", "application/octet-stream", new byte[1024 * 1024]);
        TicketFile elsewhere = context.gateway().addFile("TKT-000999", "other.txt", "text/plain", new byte[] {1});
        Notification sample = sample(Notification.REPLY_ADDED);
        Notification n = new Notification(
                sample.eventId(),
                sample.type(),
                sample.occurredAt(),
                sample.actor(),
                sample.ticket(),
                Map.of(
                        "excerpt",
                        "We are on it.",
                        Notification.DATA_FILES,
                        invoice.id() + "," + huge.id() + "," + elsewhere.id()),
                List.of(sample.recipients().get(0)),
                1);
        try (Notifier notifier = factory().create(context, config)) {
            DeliveryResult r = notifier.deliver(n);
            assertEquals(DeliveryResult.Outcome.DELIVERED, r.outcome(), r.detail());
        }
        MimeMessage m = SMTP.getReceivedMessages()[0];
        MimeMultipart mixed = (MimeMultipart) m.getContent();
        assertEquals(2, mixed.getCount(), "the text and the one file that fits; another ticket's file never");
        String text = String.valueOf(mixed.getBodyPart(0).getContent());
        assertTrue(text.contains("We are on it."), text);
        assertTrue(
                text.contains("trace.bin (1.0 MiB)")
                        && text.contains(sample.ticket().url()),
                text);
        BodyPart file = mixed.getBodyPart(1);
        assertEquals("Rechnung März.pdf", MimeUtility.decodeText(file.getFileName()));
        assertTrue(file.getContentType().startsWith("application/pdf"), file.getContentType());
        assertEquals(Part.ATTACHMENT, file.getDisposition());
        assertArrayEquals(pdf, file.getInputStream().readAllBytes());
    }

    @Test
    void anAttachmentLimitOutsideZeroToFiftyMiBIsRefused() {
        assertEquals(
                List.of("maxAttachmentMiB"),
                factory().validate(config(Map.of("maxAttachmentMiB", "51"))).stream()
                        .map(ConfigProblem::field)
                        .toList());
    }

    @Test
    void aRedeliveryOfTheSameEventToTheSameRecipientKeepsItsMessageId() throws Exception {
        Notification n = sample(Notification.TICKET_CREATED);
        deliver(validConfig(), n);
        deliver(
                validConfig(),
                new Notification(
                        n.eventId(), n.type(), n.occurredAt(), n.actor(), n.ticket(), n.data(), n.recipients(), 2));
        List<String> ids = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> header(m, "To").contains("alex@"))
                .map(m -> header(m, "Message-ID"))
                .toList();
        assertEquals(2, ids.size());
        assertEquals(ids.get(0), ids.get(1));
    }

    @Test
    void nothingInATicketCanAddAHeader() throws Exception {
        TicketSummary evil = new TicketSummary(
                7,
                "TKT-000007",
                "Broken\r\nBcc: victim@example.org\r\nX-Injected: yes",
                "open",
                "open",
                "low",
                "incident",
                null,
                "Eve\r\nBcc: x@example.org",
                "eve@example.com",
                null,
                null,
                null,
                null,
                null,
                "https://d/t/7");
        Notification n = new Notification(
                UUID.randomUUID().toString(),
                Notification.TICKET_CREATED,
                TestPluginContext.NOW,
                "agent\nX-A: b",
                evil,
                Map.of("excerpt", "hi\r\nBcc: y@example.org"),
                List.of(new Recipient(null, "Eve\r\nBcc: z@example.org", "eve@example.com", Recipient.Role.REQUESTER)),
                1);
        assertEquals(DeliveryResult.Outcome.DELIVERED, deliver(validConfig(), n).outcome());
        MimeMessage m = SMTP.getReceivedMessages()[0];
        assertNull(m.getHeader("X-Injected"));
        assertNull(m.getHeader("Bcc"));
        assertEquals(1, m.getAllRecipients().length);
        assertFalse(m.getSubject().contains("\n"));
        assertEquals(1, SMTP.getReceivedMessages().length);
    }

    @Test
    void aRecipientIsRateLimitedPerHourAgainstMailLoops() throws Exception {
        PluginConfig config = config(Map.of("perRecipientPerHour", "3"));
        try (Notifier notifier = factory().create(TestPluginContext.of(config), config)) {
            DeliveryResult last = null;
            for (int i = 0; i < 5; i++) {
                last = notifier.deliver(sample(Notification.STATUS_CHANGED));
            }
            assertEquals(DeliveryResult.Outcome.DELIVERED, last.outcome());
            assertTrue(last.detail().contains("rate-limited"), last.detail());
        }
        assertEquals(
                3,
                Arrays.stream(SMTP.getReceivedMessages())
                        .filter(m -> header(m, "To").contains("alex@"))
                        .count());
    }

    @Test
    void requiresStartTlsWhenConfiguredAndRetriesWhenTheServerCannot() throws Exception {
        DeliveryResult r = deliver(config(Map.of("security", "starttls")), sample(Notification.TICKET_CREATED));
        assertEquals(DeliveryResult.Outcome.RETRY, r.outcome(), r.detail());
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void anAdminTemplateReplacesTheBuiltInOneButKeepsTheTag() throws Exception {
        deliver(
                config(Map.of("template.ticket.created", "New: {{ticket.summary}}\nBody for {{recipient.name}}")),
                sample(Notification.TICKET_CREATED));
        MimeMessage m = SMTP.getReceivedMessages()[0];
        assertEquals("[TKT-000123] New: Printer on 3rd floor offline", m.getSubject());
    }

    /** What reached one mailbox: the envelope's doing, whatever the headers say. */
    private static List<MimeMessage> inbox(String email) throws Exception {
        GreenMailUser user = SMTP.getUserManager().getUserByEmail(email);
        return user == null
                ? List.of()
                : SMTP.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                        .map(StoredMessage::getMimeMessage)
                        .toList();
    }

    private static String header(MimeMessage m, String name) {
        try {
            String[] h = m.getHeader(name);
            return h == null ? "" : h[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
