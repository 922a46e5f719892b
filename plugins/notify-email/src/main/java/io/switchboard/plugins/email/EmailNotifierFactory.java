package io.switchboard.plugins.email;

import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.ConfigProperty;
import io.switchboard.plugin.ConnectionCheck;
import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.Notifier;
import io.switchboard.plugin.notify.NotifierFactory;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Creates one {@link EmailNotifier} per SMTP account. */
public class EmailNotifierFactory implements NotifierFactory {

    static final List<String> SECURITY = List.of("starttls", "tls", "none");

    @Override
    public String id() {
        return "email";
    }

    @Override
    public String displayName() {
        return "Email (SMTP)";
    }

    @Override
    public String description() {
        return "Emails the people who want each event: assignee, watchers, requester for public events, board followers.";
    }

    @Override
    public Optional<String> channel() {
        return Optional.of("email");
    }

    @Override
    public List<ConfigProperty> configProperties() {
        List<ConfigProperty> p = new ArrayList<>(List.of(
                ConfigProperty.string("host", "SMTP host", "The mail server, such as smtp.example.com", true, null),
                ConfigProperty.integer("port", "Port", "587 for STARTTLS, 465 for TLS, 25 for none", false, 587),
                ConfigProperty.choice(
                        "security",
                        "Security",
                        "starttls or tls: the certificate must match the host; none only for a local relay",
                        "starttls",
                        SECURITY),
                ConfigProperty.string("username", "User name", "Leave empty for a relay without login", false, null),
                ConfigProperty.secret("password", "Password", "", false),
                ConfigProperty.email("from", "From address", "Also the Reply-To, unless set below", true, null),
                ConfigProperty.string("fromName", "From name", "", false, "Switchboard"),
                ConfigProperty.email(
                        "replyTo",
                        "Reply-To",
                        "The mailbox email intake reads, so that replies reach the ticket",
                        false,
                        null),
                ConfigProperty.string(
                        "messageIdDomain",
                        "Message-ID domain",
                        "Our own domain for Message-IDs, so replies thread and"
                                + " loops are recognised; defaults to the From address's domain",
                        false,
                        null),
                ConfigProperty.integer(
                        "perRecipientPerHour",
                        "Messages per recipient per hour",
                        "Protects against mail loops",
                        false,
                        30),
                ConfigProperty.integer("timeoutSeconds", "Timeout (seconds)", "", false, 20),
                ConfigProperty.integer(
                        "maxAttachmentMiB",
                        "Attachments per message (MiB)",
                        "Files sent with a reply go out with its email up to this total; larger ones are named"
                                + " with a link to the ticket. Most mail servers refuse messages over 10 to 25 MiB.",
                        false,
                        10),
                OutboundGuard.allowListProperty()));
        for (String type : Notification.PERSONAL_EVENTS) {
            p.add(ConfigProperty.text(
                    "template." + type,
                    "Template: " + type,
                    "Optional. First line: the subject; the rest: the body."
                            + " Placeholders such as {{ticket.number}}, {{ticket.summary}}, {{data.excerpt}}, {{recipient.name}}.",
                    false,
                    null));
        }
        return p;
    }

    @Override
    public List<ConfigProblem> validate(PluginConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        config.get("host")
                .filter(h -> !h.matches("[A-Za-z0-9.:\\[\\]-]+"))
                .ifPresent(h -> problems.add(new ConfigProblem("host", "is not a host name")));
        int port = config.integer("port", 587);
        if (port < 1 || port > 65535) {
            problems.add(new ConfigProblem("port", "must be between 1 and 65535"));
        }
        for (String field : List.of("from", "replyTo")) {
            config.get(field).ifPresent(a -> {
                try {
                    new InternetAddress(a, true).validate();
                } catch (AddressException e) {
                    problems.add(new ConfigProblem(field, "is not a valid address"));
                }
            });
        }
        config.get("messageIdDomain")
                .filter(d -> !d.matches("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+"))
                .ifPresent(d ->
                        problems.add(new ConfigProblem("messageIdDomain", "must be a domain like desk.example.com")));
        if (config.get("username").isPresent() && config.get("password").isEmpty()) {
            problems.add(new ConfigProblem("password", "is required with a user name"));
        }
        int attachMiB = config.integer("maxAttachmentMiB", 10);
        if (attachMiB < 0 || attachMiB > 50) {
            problems.add(new ConfigProblem("maxAttachmentMiB", "must be between 0 (never attach) and 50"));
        }
        int limit = config.integer("perRecipientPerHour", 30);
        if (limit < 1 || limit > 10_000) {
            problems.add(new ConfigProblem("perRecipientPerHour", "must be between 1 and 10000"));
        }
        return problems;
    }

    @Override
    public Notifier create(PluginContext context, PluginConfig config) {
        return new EmailNotifier(config, context.tickets(), context.outbound(), context.clock(), context.logger());
    }

    @Override
    public ConnectionCheck testConnection(PluginContext context, PluginConfig config) {
        EmailNotifier notifier =
                new EmailNotifier(config, context.tickets(), context.outbound(), context.clock(), context.logger());
        // The guard comes first: an admin must not be able to probe internal ports with this test.
        try (Transport transport = notifier.session().getTransport()) {
            transport.connect();
            return ConnectionCheck.ok("connected to " + config.required("host") + " and logged in");
        } catch (OutboundGuard.TargetRefused e) {
            return ConnectionCheck.failed("refused: " + e.getMessage());
        } catch (MessagingException e) {
            return ConnectionCheck.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
