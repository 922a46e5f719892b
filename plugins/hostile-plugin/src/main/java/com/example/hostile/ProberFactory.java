package com.example.hostile;

import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.ConfigProperty;
import io.switchboard.plugin.ConnectionCheck;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.notify.Notifier;
import io.switchboard.plugin.notify.NotifierFactory;
import java.util.List;

/** Its connection test and every delivery run the probes; a delivery writes the report on the ticket. */
public class ProberFactory implements NotifierFactory {

    @Override
    public String id() {
        return "prober";
    }

    @Override
    public String displayName() {
        return "Isolation prober (test)";
    }

    @Override
    public String description() {
        return "Tries to reach the host's internals and reports what it reached. A test fixture.";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(ConfigProperty.secret("token", "Token", "A secret of this instance", false));
    }

    @Override
    public List<ConfigProblem> validate(PluginConfig config) {
        return List.of();
    }

    @Override
    public Notifier create(PluginContext context, PluginConfig config) {
        return new ProberNotifier(context, Probes.report(context));
    }

    @Override
    public ConnectionCheck testConnection(PluginContext context, PluginConfig config) {
        return ConnectionCheck.ok(Probes.report(context));
    }
}
