package io.switchboard.plugins.email;

import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.TicketGateway;
import io.switchboard.plugin.notify.DeliveryResult;
import io.switchboard.plugin.notify.MailThreading;
import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.Notifier;
import io.switchboard.plugin.notify.Recipient;
import jakarta.mail.Address;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Sends one message per recipient, so that nobody sees anyone else's address. Every message
 * carries the ticket tag in its subject, our own Message-ID (the same for the same event and
 * recipient, so a redelivery is recognisable), In-Reply-To and References pointing at the
 * ticket's thread, and Auto-Submitted: auto-generated. Addresses are parsed strictly and every
 * header value is stripped of line breaks: nothing a ticket contains can add a header.
 */
final class EmailNotifier implements Notifier {

    private static final int REMEMBERED = 10_000;

    private final PluginConfig config;
    private final TicketGateway tickets;
    private final OutboundGuard guard;
    private final Clock clock;
    private final Logger log;
    private final Templates templates;
    private final RecipientRateLimit rateLimit;
    private final String domain;
    private final Set<String> sent = ConcurrentHashMap.newKeySet();

    EmailNotifier(PluginConfig config, TicketGateway tickets, OutboundGuard guard, Clock clock, Logger log) {
        this.config = config;
        this.tickets = tickets;
        this.guard = guard;
        this.clock = clock;
        this.log = log;
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String type : Notification.PERSONAL_EVENTS) {
            config.get("template." + type).ifPresent(t -> overrides.put(type, t));
        }
        this.templates = new Templates(overrides);
        this.rateLimit = new RecipientRateLimit(config.integer("perRecipientPerHour", 30), clock);
        String from = config.required("from");
        this.domain = config.get("messageIdDomain").orElse(from.substring(from.indexOf('@') + 1));
    }

    /**
     * A session bound to the address the guard checked just now (DNS may have changed since the
     * last one): the server is reached at that address, while TLS sends the host name (SNI) and
     * verifies the certificate against it.
     */
    Session session() throws OutboundGuard.TargetRefused {
        String host = config.required("host");
        OutboundGuard.Target target = guard.check(host, config.integer("port", 587));
        Properties p = new Properties();
        String security = config.string("security", "starttls");
        String timeout = Integer.toString(config.integer("timeoutSeconds", 20) * 1000);
        p.put("mail.transport.protocol", security.equals("tls") ? "smtps" : "smtp");
        for (String proto : List.of("smtp", "smtps")) {
            p.put("mail." + proto + ".host", target.address().getHostAddress());
            p.put("mail." + proto + ".port", Integer.toString(target.port()));
            p.put("mail." + proto + ".connectiontimeout", timeout);
            p.put("mail." + proto + ".timeout", timeout);
            p.put("mail." + proto + ".writetimeout", timeout);
            p.put(
                    "mail." + proto + ".auth",
                    Boolean.toString(config.get("username").isPresent()));
            p.put("mail." + proto + ".localhost", domain);
            if (!security.equals("none")) {
                // The pinned factory checks the certificate against the host name; Jakarta Mail's
                // own check would compare it with the address it connected to.
                p.put("mail." + proto + ".ssl.socketFactory", guard.tls(target).getSocketFactory());
                p.put("mail." + proto + ".ssl.checkserveridentity", "false");
            }
        }
        if (security.equals("starttls")) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (security.equals("tls")) {
            p.put("mail.smtps.ssl.enable", "true");
        }
        Authenticator auth = config.get("username").isEmpty()
                ? null
                : new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(
                                config.required("username"),
                                config.get("password").orElse(""));
                    }
                };
        return Session.getInstance(p, auth);
    }

    @Override
    public DeliveryResult deliver(Notification n) throws Exception {
        Session session;
        try {
            session = session();
        } catch (OutboundGuard.TargetRefused e) {
            return DeliveryResult.rejected("refused SMTP server: " + e.getMessage());
        }
        MailFiles files = MailFiles.of(n, tickets, config.integer("maxAttachmentMiB", 10) * 1024L * 1024L);
        List<String> limited = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        int delivered = 0;
        for (Recipient to : n.recipients()) {
            String key = n.eventId() + "|" + to.email();
            if (to.email() == null || sent.contains(key)) {
                continue; // already sent by an earlier attempt of this event
            }
            if (!rateLimit.tryAcquire(to.email())) {
                limited.add(to.email());
                continue;
            }
            try {
                MimeMessage message = message(session, n, to, files);
                // only to this recipient, whatever To and Cc show: each has its own Message-ID and reply token
                Transport.send(message, new Address[] {new InternetAddress(to.email(), true)});
                remember(key);
                delivered++;
            } catch (AddressException | SendFailedException e) {
                rejected.add(to.email() + " (" + e.getMessage() + ")");
            } catch (MessagingException e) {
                return DeliveryResult.retry(
                        "SMTP " + config.required("host") + ": " + e.getClass().getSimpleName() + " " + e.getMessage()
                                + (delivered > 0 ? " after " + delivered + " sent" : ""));
            }
        }
        if (!limited.isEmpty()) {
            log.warning(() -> "Rate limit reached, not sent to " + limited + " (event " + n.eventId() + ")");
        }
        String detail = "sent " + delivered + " of " + n.recipients().size()
                + (limited.isEmpty() ? "" : "; rate-limited: " + String.join(", ", limited))
                + (rejected.isEmpty() ? "" : "; refused: " + String.join(", ", rejected));
        return delivered == 0 && !rejected.isEmpty() && limited.isEmpty()
                ? DeliveryResult.rejected(detail)
                : DeliveryResult.delivered(detail);
    }

    MimeMessage message(Session session, Notification n, Recipient to)
            throws MessagingException, UnsupportedEncodingException {
        return message(session, n, to, MailFiles.NONE);
    }

    MimeMessage message(Session session, Notification n, Recipient to, MailFiles files)
            throws MessagingException, UnsupportedEncodingException {
        Templates.Rendered text = templates.render(n, to);
        MailThreading threading = n.mailThreading(to);
        // the host's signed id when it gave one (an answer then finds the ticket and proves whom it answers)
        String eventMessageId = threading != null
                ? threading.messageId(domain)
                : "<" + n.eventId() + "." + hash(to.email()) + "@" + domain + ">";
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", eventMessageId); // our own, stable per event and recipient
            }
        };
        m.setFrom(
                new InternetAddress(config.required("from"), clean(config.string("fromName", "Switchboard")), "UTF-8"));
        InternetAddress recipient = new InternetAddress(to.email(), true);
        recipient.validate();
        if (to.name() != null) {
            recipient.setPersonal(clean(to.name()), "UTF-8");
        }
        m.setRecipient(Message.RecipientType.TO, recipient);
        Optional<ShownRecipients> shown = to.isRequester() ? ShownRecipients.of(n, to) : Optional.empty();
        if (shown.isPresent()) {
            shown.get().applyTo(m);
        }
        String replyTo = config.get("replyTo").orElse(null);
        if (replyTo != null) {
            m.setReplyTo(new InternetAddress[] {new InternetAddress(replyTo, true)});
        }
        m.setSubject(clean(text.subject()), "UTF-8");
        m.setSentDate(Date.from(clock.instant()));
        if (files.isEmpty()) {
            m.setText(text.body(), StandardCharsets.UTF_8.name());
        } else if (files.attached().isEmpty()) {
            m.setText(files.text(text.body(), n.ticket().url()), StandardCharsets.UTF_8.name());
        } else {
            m.setContent(files.multipart(files.text(text.body(), n.ticket().url())));
        }
        m.setHeader("Auto-Submitted", "auto-generated");
        m.setHeader("X-Auto-Response-Suppress", "All");
        m.setHeader("Precedence", "bulk");
        if (n.ticket() != null) {
            String thread = "<" + n.ticket().number().toLowerCase() + "@" + domain + ">";
            List<String> references = new ArrayList<>(List.of(thread));
            String inReplyTo = thread;
            if (threading != null) {
                threading.references().stream().map(EmailNotifier::clean).forEach(references::add);
                if (threading.inReplyTo() != null) {
                    inReplyTo = clean(threading.inReplyTo()); // the requester's client threads under their own message
                }
            }
            m.setHeader("In-Reply-To", inReplyTo);
            m.setHeader("References", String.join(" ", references));
            m.setHeader("X-Switchboard-Ticket", n.ticket().number());
        }
        m.setHeader("X-Switchboard-Event", clean(n.type()));
        m.saveChanges();
        return m;
    }

    private void remember(String key) {
        if (sent.size() > REMEMBERED) {
            sent.clear();
        }
        sent.add(key);
    }

    /** No line break survives into a header, whatever the ticket or template contains. */
    static String clean(String value) {
        return value == null
                ? ""
                : value.replaceAll("[\\r\\n\\u0000\\u0085\\u2028\\u2029]+", " ").strip();
    }

    private static String hash(String address) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(address.toLowerCase().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
