package io.switchboard.application.notify;

import io.switchboard.domain.plugin.RetrySchedule;
import io.switchboard.infrastructure.plugin.InstanceSnapshot;
import io.switchboard.infrastructure.plugin.PluginCallFailed;
import io.switchboard.infrastructure.plugin.PluginRuntime;
import io.switchboard.plugin.notify.DeliveryResult;
import io.switchboard.plugin.notify.Notification;
import io.switchboard.plugin.notify.Notifier;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** A notifier plugin instance as a subscriber: each delivery is a contained call into the plugin's current version. */
record PluginNotifierSubscriber(InstanceSnapshot instance, Set<String> eventTypes, Optional<String> channel, RetrySchedule retry,
        Optional<String> unavailable, PluginRuntime runtime, Duration timeout) implements EventSubscriber {

    static final String PREFIX = "plugin-instance:";

    @Override
    public String key() {
        return PREFIX + instance.id();
    }

    @Override
    public boolean wants(String eventType) {
        return eventTypes.isEmpty() || eventTypes.contains(eventType);
    }

    @Override
    public DeliveryResult deliver(Notification notification) throws PluginCallFailed {
        return runtime.invoke(instance, timeout, object -> ((Notifier) object).deliver(notification));
    }
}
