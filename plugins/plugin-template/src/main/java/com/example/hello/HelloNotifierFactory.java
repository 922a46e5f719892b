package com.example.hello;

import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.ConfigProperty;
import io.switchboard.plugin.ConnectionCheck;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.notify.Notifier;
import io.switchboard.plugin.notify.NotifierFactory;
import java.util.ArrayList;
import java.util.List;

/** Found by ServiceLoader (see META-INF/services); describes its settings, checks them, creates notifiers. */
public class HelloNotifierFactory implements NotifierFactory {

    @Override
    public String id() {
        return "hello";
    }

    @Override
    public String displayName() {
        return "Hello notifier";
    }

    @Override
    public String description() {
        return "Posts a short JSON greeting for each event to a URL.";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(
                ConfigProperty.url("url", "Receiver URL", "Where each greeting is posted", true),
                ConfigProperty.string("greeting", "Greeting", "The first word of each message", false, "Hello"),
                ConfigProperty.secret("token", "Bearer token", "Sent as Authorization: Bearer <token> when set", false));
    }

    @Override
    public List<ConfigProblem> validate(PluginConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.get("url").filter(u -> u.startsWith("https://") || u.startsWith("http://")).isEmpty()) {
            problems.add(new ConfigProblem("url", "must be an http or https URL"));
        }
        return problems;
    }

    @Override
    public Notifier create(PluginContext context, PluginConfig config) {
        return new HelloNotifier(context, config); // no I/O here: the first delivery connects
    }

    @Override
    public ConnectionCheck testConnection(PluginContext context, PluginConfig config) {
        return ConnectionCheck.ok("would post to " + config.required("url"));
    }
}
