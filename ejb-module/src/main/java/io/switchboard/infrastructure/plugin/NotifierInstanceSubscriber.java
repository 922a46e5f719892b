package io.switchboard.infrastructure.plugin;

import io.switchboard.application.notify.DeliveryOutcome;
import io.switchboard.application.notify.EventNotice;
import io.switchboard.application.notify.EventSubscriber;
import io.switchboard.application.notify.EventTypes;
import io.switchboard.application.notify.SubscriberKeys;
import io.switchboard.domain.plugin.DeliveryPolicy;
import io.switchboard.domain.plugin.RetrySchedule;
import io.switchboard.plugin.notify.Notifier;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** A notifier plugin instance as a subscriber: each delivery is a contained call into the plugin's current version. */
record NotifierInstanceSubscriber(
        InstanceSnapshot instance,
        Set<String> eventTypes,
        Optional<String> channel,
        RetrySchedule retry,
        DeliveryPolicy delivery,
        Optional<String> unavailable,
        PluginRuntime runtime,
        Duration timeout)
        implements EventSubscriber {

    @Override
    public String key() {
        return SubscriberKeys.notifierInstance(instance.id());
    }

    @Override
    public boolean wants(String eventType) {
        // no subscription list means every published type, never the sync's internal ones
        return eventTypes.isEmpty() ? EventTypes.isKnown(eventType) : eventTypes.contains(eventType);
    }

    @Override
    public boolean containsItsCalls() {
        return true;
    }

    @Override
    public DeliveryOutcome deliver(EventNotice notice) throws PluginCallFailed {
        var notification = NotifierRecords.toPlugin(notice);
        return NotifierRecords.fromPlugin(
                runtime.invoke(instance, timeout, object -> ((Notifier) object).deliver(notification)));
    }
}
