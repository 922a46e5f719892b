package io.switchboard.plugins.imap;

import io.switchboard.plugin.PluginConfig;
import java.time.Duration;
import java.util.List;

/** One mailbox's connection and handling settings, read once from its configuration. */
record ImapSettings(
        String host,
        int port,
        Security security,
        String username,
        String password,
        String folder,
        String processedFolder,
        String failedFolder,
        boolean keepOnServer,
        boolean idle,
        Duration timeout,
        String trustedCertificate) {

    /** How the connection is protected. */
    enum Security {
        TLS("tls", 993),
        STARTTLS("starttls", 143),
        NONE("none", 143);

        final String key;
        final int defaultPort;

        Security(String key, int defaultPort) {
            this.key = key;
            this.defaultPort = defaultPort;
        }

        static Security of(String key) {
            for (Security s : values()) {
                if (s.key.equalsIgnoreCase(key)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("security must be one of tls, starttls, none");
        }
    }

    static final List<String> SECURITY = List.of("tls", "starttls", "none");

    /** The keyword set on messages handled while they stay in the folder. */
    static final String PROCESSED_KEYWORD = "$SwitchboardProcessed";

    static final String FAILED_KEYWORD = "$SwitchboardFailed";

    static ImapSettings of(PluginConfig c) {
        Security security = Security.of(c.string("security", "tls"));
        return new ImapSettings(
                c.required("host").trim(),
                c.integer("port", security.defaultPort),
                security,
                c.required("username"),
                c.get("password").orElse(""),
                c.string("folder", "INBOX"),
                c.get("processedFolder").map(String::trim).orElse(null),
                c.get("failedFolder").map(String::trim).orElse(null),
                c.bool("keepOnServer", false),
                c.bool("idle", true),
                Duration.ofSeconds(c.integer("timeoutSeconds", 30)),
                c.get("trustedCertificate").orElse(null));
    }

    String protocol() {
        return security == Security.TLS ? "imaps" : "imap";
    }
}
