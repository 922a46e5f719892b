package com.example.legacy;

import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.ConfigProperty;
import io.switchboard.plugin.ConnectionCheck;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.notify.Notifier;
import io.switchboard.plugin.notify.NotifierFactory;
import java.util.List;

/** Posts each event as JSON with the JDK's HTTP client, and can note on the ticket that it did: plugin API 1.0 only. */
public class LegacyNotifierFactory implements NotifierFactory {

    @Override
    public String id() {
        return "legacy";
    }

    @Override
    public String displayName() {
        return "Legacy recorder (built for plugin API 1.0)";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(
                ConfigProperty.url("url", "Receiver URL", "Where each event is posted", true),
                ConfigProperty.secret("token", "Bearer token", "Sent as Authorization when set", false),
                ConfigProperty.bool("annotate", "Annotate", "Also add an internal note to a created ticket", false));
    }

    @Override
    public List<ConfigProblem> validate(PluginConfig config) {
        return config.get("url").filter(u -> u.startsWith("http")).isPresent()
                ? List.of()
                : List.of(new ConfigProblem("url", "must be an http or https URL"));
    }

    @Override
    public Notifier create(PluginContext context, PluginConfig config) {
        return new LegacyNotifier(context, config);
    }

    @Override
    public ConnectionCheck testConnection(PluginContext context, PluginConfig config) {
        return ConnectionCheck.ok("built for plugin API 1.0; would post to " + config.required("url"));
    }
}
