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

    static final List<String> MODES =
            List.of("record", "annotate", "remember", "typed", "fail", "hang", "hang-before-v2", "linkage-error");

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
                ConfigProperty.choice(
                        "mode",
                        "Mode",
                        "record posts; annotate posts and adds an internal note through the ticket gateway; remember posts"
                                + " with a count of deliveries kept in the instance's state; typed posts and turns the receiver's"
                                + " refusals into typed failures (429 throttled with its Retry-After, 401 unauthorized, 403"
                                + " forbidden, 400/422 invalid, 5xx a bare exception); fail throws; hang never answers (for a"
                                + " minute, ignoring interrupts); hang-before-v2 hangs in versions 1.x and posts from 2.0 on;"
                                + " linkage-error throws"
                                + " NoClassDefFoundError, as a plugin built against a missing library would",
                        "record",
                        MODES));
    }

    @Override
    public List<ConfigProblem> validate(PluginConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.get("url")
                .filter(u -> u.startsWith("http://") || u.startsWith("https://"))
                .isEmpty()) {
            problems.add(new ConfigProblem("url", "must be an http or https URL"));
        }
        return problems;
    }

    @Override
    public Notifier create(PluginContext context, PluginConfig config) {
        return new RecorderNotifier(
                config.required("url"), config.get("token").orElse(null), config.string("mode", "record"), context);
    }

    @Override
    public ConnectionCheck testConnection(PluginContext context, PluginConfig config) {
        return ConnectionCheck.ok("version " + VERSION + " would post to " + config.required("url"));
    }

    private static String ownVersion() {
        try (InputStream in = RecorderNotifierFactory.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            return in == null
                    ? "unknown"
                    : String.valueOf(new Manifest(in).getMainAttributes().getValue("Plugin-Version"));
        } catch (IOException e) {
            return "unknown";
        }
    }
}
