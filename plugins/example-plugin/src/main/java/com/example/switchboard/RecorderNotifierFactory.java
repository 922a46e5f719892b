package com.example.switchboard;

import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.ConfigProperty;
import io.switchboard.plugin.ConnectionCheck;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.notify.Notifier;
import io.switchboard.plugin.notify.NotifierFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;

/** Posts every event it is subscribed to, as JSON, to the configured URL. */
public class RecorderNotifierFactory implements NotifierFactory {

    static final List<String> MODES = List.of("record", "annotate", "fail", "hang", "linkage-error");

    /** This jar's own Plugin-Version, read from its manifest, so a receiver can tell versions apart. */
    static final String VERSION = ownVersion();

    @Override
    public String id() {
        return "recorder";
    }

    @Override
    public String displayName() {
        return "Recorder (example)";
    }

    @Override
    public String description() {
        return "Posts each event as JSON to a URL. An example of a third-party plugin; its mode setting injects faults for testing.";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(
                ConfigProperty.url("url", "Receiver URL", "Where each event is posted as JSON", true),
                ConfigProperty.secret("token", "Bearer token", "Sent as Authorization: Bearer <token> when set", false),
                ConfigProperty.choice("mode", "Mode", "record posts; annotate posts and adds an internal note through the ticket gateway; fail throws; hang never answers; linkage-error throws"
                        + " NoClassDefFoundError, as a plugin built against a missing library would", "record", MODES));
    }

    @Override
    public List<ConfigProblem> validate(PluginConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.get("url").filter(u -> u.startsWith("http://") || u.startsWith("https://")).isEmpty()) {
            problems.add(new ConfigProblem("url", "must be an http or https URL"));
        }
        return problems;
    }

    @Override
    public Notifier create(PluginContext context, PluginConfig config) {
        return new RecorderNotifier(config.required("url"), config.get("token").orElse(null), config.string("mode", "record"), context);
    }

    @Override
    public ConnectionCheck testConnection(PluginContext context, PluginConfig config) {
        return ConnectionCheck.ok("version " + VERSION + " would post to " + config.required("url"));
    }

    private static String ownVersion() {
        try (InputStream in = RecorderNotifierFactory.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            return in == null ? "unknown" : String.valueOf(new Manifest(in).getMainAttributes().getValue("Plugin-Version"));
        } catch (IOException e) {
            return "unknown";
        }
    }
}
