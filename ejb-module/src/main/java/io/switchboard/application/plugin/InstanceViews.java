package io.switchboard.application.plugin;

import io.switchboard.application.notify.SubscriberBacklog;
import io.switchboard.application.notify.SubscriberKeys;
import io.switchboard.application.view.PluginViews.AttemptView;
import io.switchboard.application.view.PluginViews.DeliveryPolicyView;
import io.switchboard.application.view.PluginViews.HealthView;
import io.switchboard.application.view.PluginViews.InstanceView;
import io.switchboard.application.view.PluginViews.RetryView;
import io.switchboard.domain.plugin.PluginInstance;
import io.switchboard.domain.plugin.RetrySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * An instance as admins see it: its settings without secret values, and where it stands, which
 * depends on itself, on its plugin and on its circuit, with the deliveries waiting for it.
 */
@ApplicationScoped
public class InstanceViews {

    @Inject
    PluginHost host;

    @Inject
    InstanceSettings settings;

    @Inject
    SubscriberBacklog backlogs;

    public InstanceView of(PluginInstance i) {
        PluginHost.Circuit circuit = host.circuit(i.id());
        Standing standing = standing(i, host.plugin(i.pluginId()).orElse(null), circuit);
        RetrySchedule r = i.retry();
        return new InstanceView(
                i.id(),
                i.pluginId(),
                i.kind(),
                i.factoryId(),
                i.name(),
                i.isEnabled(),
                standing.state(),
                standing.reason(),
                i.eventTypes(),
                new RetryView(r.maxAttempts(), r.baseSeconds(), r.maxSeconds()),
                new DeliveryPolicyView(i.delivery().concurrency(), i.delivery().ticketOrder()),
                settings.plain(i),
                settings.secretNames(i),
                i.version(),
                i.createdAt(),
                i.createdBy(),
                i.updatedAt(),
                i.updatedBy(),
                health(i, circuit));
    }

    private record Standing(String state, String reason) {}

    private static Standing standing(PluginInstance i, HostedPlugin plugin, PluginHost.Circuit circuit) {
        if (!i.isEnabled()) {
            return new Standing("DISABLED", null);
        }
        if (plugin == null) {
            return new Standing("FAILED", "plugin " + i.pluginId() + " is not installed");
        }
        return switch (plugin.state()) {
            case DISABLED ->
                new Standing(
                        "PLUGIN_DISABLED",
                        "plugin " + i.pluginId() + " is switched off; deliveries wait until it is enabled");
            case FAILED ->
                new Standing(
                        "FAILED",
                        "plugin " + i.pluginId() + " is failed"
                                + (plugin.reason() == null ? "" : ": " + plugin.reason()));
            case ACTIVE ->
                circuit.closed()
                        ? new Standing("ACTIVE", null)
                        : new Standing(
                                "FAILED",
                                "circuit " + circuit.state() + " after repeated failures: " + circuit.lastFailure());
        };
    }

    private HealthView health(PluginInstance i, PluginHost.Circuit circuit) {
        SubscriberBacklog.Backlog b = backlogs.of(SubscriberKeys.notifierInstance(i.id()));
        return new HealthView(
                circuit.state(),
                b.pending(),
                b.oldestPendingSince(),
                b.lastErrors().stream()
                        .map(e -> new AttemptView(e.at(), e.outcome(), e.detail()))
                        .toList());
    }
}
