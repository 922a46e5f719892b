package io.switchboard.application.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everyone the dispatcher delivers to: the enabled notifier instances, and the core's own subscriber beans. */
@ApplicationScoped
public class SubscriberRegistry {

    @Inject
    @Any
    Instance<EventSubscriber> coreSubscribers;

    @Inject
    NotifierInstances notifiers;

    /** Subscribers that new events fan out to: enabled instances (even of a plugin that is down: they wait) and core beans. */
    public List<EventSubscriber> all() {
        List<EventSubscriber> out = new ArrayList<>();
        coreSubscribers.forEach(out::add);
        out.addAll(notifiers.enabled());
        return out;
    }

    /** The subscriber a delivery was recorded against, if it still exists. */
    public Optional<EventSubscriber> byKey(String key) {
        Optional<Long> instance = SubscriberKeys.notifierInstanceId(key);
        if (instance.isPresent()) {
            return notifiers.byId(instance.get());
        }
        if (key.startsWith(SubscriberKeys.NOTIFIER_INSTANCE)) {
            return Optional.empty();
        }
        for (EventSubscriber s : coreSubscribers) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether the subscriber's calls are already contained (plugin instances are; core beans are contained by the dispatcher). */
    public static boolean containsItself(EventSubscriber subscriber) {
        return subscriber.containsItsCalls();
    }
}
