package io.switchboard.plugin.selftest;

import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.ConfigProperty;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.notify.DeliveryResult;
import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.Notifier;
import io.switchboard.plugin.notify.NotifierFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The smallest notifier: it remembers what it got. Runs the contract against the contract. */
public class RecordingNotifierFactory implements NotifierFactory {

    static final List<Notification> RECEIVED = new CopyOnWriteArrayList<>();

    @Override
    public String id() {
        return "recording";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(
                ConfigProperty.string("label", "Label", "Shown in logs", true, null),
                ConfigProperty.secret("token", "Token", "", false));
    }

    @Override
    public List<ConfigProblem> validate(PluginConfig config) {
        return config.get("label").isPresent() ? List.of() : List.of(new ConfigProblem("label", "is required"));
    }

    @Override
    public Notifier create(PluginContext context, PluginConfig config) {
        return n -> {
            RECEIVED.add(n);
            return DeliveryResult.delivered("recorded");
        };
    }
}
