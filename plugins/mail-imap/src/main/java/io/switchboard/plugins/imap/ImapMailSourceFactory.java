package io.switchboard.plugins.imap;

import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.ConfigProperty;
import io.switchboard.plugin.ConnectionCheck;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.mail.IntakeSettings;
import io.switchboard.plugin.mail.MailSource;
import io.switchboard.plugin.mail.MailSourceFactory;
import io.switchboard.plugin.mail.MailboxInfo;
import java.util.ArrayList;
import java.util.List;

/** Creates one {@link ImapMailSource} per mailbox. */
public class ImapMailSourceFactory implements MailSourceFactory {

    /** The allow-list setting the host's outbound guard reads (internal servers must be named). */
    static final String ALLOW_INTERNAL = "allowInternal";

    @Override
    public String id() {
        return "imap";
    }

    @Override
    public String displayName() {
        return "Mailbox (IMAP)";
    }

    @Override
    public String description() {
        return "Reads a mailbox over IMAP for email-to-ticket: new mail opens tickets, replies land on them.";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        List<ConfigProperty> p = new ArrayList<>(List.of(
                ConfigProperty.string("host", "IMAP host", "The mail server, such as imap.example.com", true, null),
                ConfigProperty.integer("port", "Port", "993 for TLS, 143 for STARTTLS", false, null),
                ConfigProperty.choice(
                        "security",
                        "Security",
                        "tls or starttls: the certificate must match the host; none only for a local test server",
                        "tls",
                        ImapSettings.SECURITY),
                ConfigProperty.string("username", "User name", "", true, null),
                ConfigProperty.secret("password", "Password", "", true),
                ConfigProperty.string("folder", "Folder", "The folder new mail arrives in", false, "INBOX"),
                ConfigProperty.string(
                        "processedFolder",
                        "Processed folder",
                        "Handled mail is moved here (created when missing). Empty: it stays, marked with a keyword",
                        false,
                        "Switchboard/Processed"),
                ConfigProperty.string(
                        "failedFolder",
                        "Failed folder",
                        "Mail that went to quarantine is moved here. Empty: it stays, marked with a keyword",
                        false,
                        "Switchboard/Failed"),
                ConfigProperty.bool(
                        "keepOnServer",
                        "Keep mail in the folder",
                        "Leave every message where it is, marked with a keyword (never \\Seen)",
                        false),
                ConfigProperty.integer("timeoutSeconds", "Timeout (seconds)", "", false, 30),
                ConfigProperty.text(
                        "trustedCertificate",
                        "Trusted certificate (PEM)",
                        "For a server whose certificate no public CA signed: its certificate or CA, in PEM",
                        false,
                        null),
                ConfigProperty.text(
                        ALLOW_INTERNAL,
                        "Allowed internal targets",
                        "Host names, addresses or CIDR ranges (one per line) that may be internal, such as"
                                + " 10.20.0.0/16. Leave empty to allow public addresses only.",
                        false,
                        null)));
        p.addAll(IntakeSettings.properties());
        return p;
    }

    @Override
    public List<ConfigProblem> validate(PluginConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        config.get("host")
                .filter(h -> !h.trim().matches("[A-Za-z0-9.:\\[\\]-]+"))
                .ifPresent(h -> problems.add(new ConfigProblem("host", "is not a host name")));
        int port = config.integer("port", 993);
        if (port < 1 || port > 65535) {
            problems.add(new ConfigProblem("port", "must be between 1 and 65535"));
        }
        int poll = config.integer(IntakeSettings.POLL_SECONDS, IntakeSettings.DEFAULT_POLL_SECONDS);
        if (poll < 1 || poll > 3600) {
            problems.add(new ConfigProblem(IntakeSettings.POLL_SECONDS, "must be between 1 and 3600"));
        }
        int max = config.integer(IntakeSettings.MAX_MESSAGE_BYTES, IntakeSettings.DEFAULT_MAX_MESSAGE_BYTES);
        if (max < 1024 || max > 200 * 1024 * 1024) {
            problems.add(new ConfigProblem(IntakeSettings.MAX_MESSAGE_BYTES, "must be between 1 KB and 200 MB"));
        }
        config.get(IntakeSettings.TICKET_NUMBER_PATTERN).ifPresent(p -> {
            try {
                if (java.util.regex.Pattern.compile(p).matcher("").groupCount() < 1) {
                    problems.add(new ConfigProblem(
                            IntakeSettings.TICKET_NUMBER_PATTERN, "needs a group, such as CW#(\\d+)"));
                }
            } catch (java.util.regex.PatternSyntaxException e) {
                problems.add(new ConfigProblem(IntakeSettings.TICKET_NUMBER_PATTERN, "is not a regular expression"));
            }
        });
        if (config.get("processedFolder").isPresent()
                && config.get("processedFolder")
                        .equals(config.get("folder").or(() -> java.util.Optional.of("INBOX")))) {
            problems.add(new ConfigProblem("processedFolder", "must differ from the folder mail arrives in"));
        }
        try {
            ImapSettings.of(config);
        } catch (RuntimeException e) {
            problems.add(new ConfigProblem("security", e.getMessage()));
        }
        return problems;
    }

    @Override
    public MailSource create(PluginContext context, PluginConfig config) {
        return new ImapMailSource(new ImapMailbox(ImapSettings.of(config), context::outbound, context.logger()));
    }

    @Override
    public MailboxInfo describe(PluginContext context, PluginConfig config) throws Exception {
        try (MailSource source = create(context, config)) {
            return source.describe();
        }
    }

    /** Logs in, opens the folder and lists the folders, changing nothing. */
    @Override
    public ConnectionCheck testConnection(PluginContext context, PluginConfig config) {
        try {
            MailboxInfo info = describe(context, config);
            return ConnectionCheck.ok("logged in; " + info.folder() + " holds " + info.messages() + " messages"
                    + (info.supports(MailboxInfo.IDLE) ? " (IDLE offered)" : "") + "; folders: "
                    + String.join(", ", info.folders()));
        } catch (RemoteFailure e) {
            return ConnectionCheck.failed(e.kind().name().toLowerCase() + ": " + e.getMessage());
        } catch (Exception e) {
            return ConnectionCheck.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
