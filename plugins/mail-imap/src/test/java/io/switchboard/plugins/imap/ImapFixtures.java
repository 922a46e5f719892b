package io.switchboard.plugins.imap;

import io.switchboard.plugin.PluginConfig;
import java.util.HashMap;
import java.util.Map;

/** Configurations for GreenMail's test account. */
final class ImapFixtures {

    private ImapFixtures() {}

    static PluginConfig config(int port, Map<String, String> overrides) {
        Map<String, String> c = new HashMap<>();
        // as the host does: every property's default first
        new ImapMailSourceFactory().configProperties().forEach(p -> {
            if (p.defaultValue() != null) {
                c.put(p.name(), p.defaultValue());
            }
        });
        c.putAll(Map.of(
                "host", "127.0.0.1",
                "port", Integer.toString(port),
                "security", "none",
                "username", "desk",
                "password", "secret",
                "allowInternal", "127.0.0.1"));
        c.putAll(overrides);
        return PluginConfig.of(c);
    }
}
