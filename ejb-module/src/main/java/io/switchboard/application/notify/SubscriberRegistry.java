package io.switchboard.application.notify;

import io.switchboard.domain.plugin.PluginInstance;
import io.switchboard.infrastructure.plugin.FactoryInfo;
import io.switchboard.infrastructure.plugin.InstanceConfigCodec;
import io.switchboard.infrastructure.plugin.InstanceSnapshot;
import io.switchboard.infrastructure.plugin.PluginKind;
import io.switchboard.infrastructure.plugin.PluginRuntime;
import io.switchboard.infrastructure.plugin.PluginSettings;
import io.switchboard.infrastructure.plugin.PluginState;
import io.switchboard.infrastructure.plugin.PluginStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everyone the dispatcher delivers to: the enabled notifier instances, and the core's own subscriber beans. */
@ApplicationScoped
public class SubscriberRegistry {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    @Any
    Instance<EventSubscriber> coreSubscribers;

    @Inject
    PluginRuntime runtime;

    @Inject
    InstanceConfigCodec codec;

    @Inject
    PluginSettings settings;

    /** Subscribers that new events fan out to: enabled instances (even of a plugin that is down: they wait) and core beans. */
    public List<EventSubscriber> all() {
        List<EventSubscriber> out = new ArrayList<>();
        coreSubscribers.forEach(out::add);
        em.createQuery("SELECT i FROM PluginInstance i WHERE i.kind = :k AND i.enabled = TRUE ORDER BY i.id", PluginInstance.class)
                .setParameter("k", PluginKind.NOTIFIER.key())
                .getResultStream()
                .forEach(i -> out.add(adapt(i)));
        return out;
    }

    /** The subscriber a delivery was recorded against, if it still exists. */
    public Optional<EventSubscriber> byKey(String key) {
        if (key.startsWith(PluginNotifierSubscriber.PREFIX)) {
            long id;
            try {
                id = Long.parseLong(key.substring(PluginNotifierSubscriber.PREFIX.length()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            return Optional.ofNullable(em.find(PluginInstance.class, id)).map(this::adapt);
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
        return subscriber instanceof PluginNotifierSubscriber;
    }

    private EventSubscriber adapt(PluginInstance i) {
        PluginStatus plugin = runtime.status(i.pluginId()).orElse(null);
        FactoryInfo factory = plugin == null ? null : plugin.factories().stream()
                .filter(f -> f.kind() == PluginKind.NOTIFIER && f.id().equals(i.factoryId()))
                .findFirst()
                .orElse(null);
        Optional<String> unavailable;
        if (!i.isEnabled()) {
            unavailable = Optional.of("instance '" + i.name() + "' is disabled");
        } else if (plugin == null) {
            unavailable = Optional.of("plugin " + i.pluginId() + " is not installed");
        } else if (plugin.state() != PluginState.ACTIVE) {
            unavailable = Optional.of("plugin " + i.pluginId() + " is " + plugin.state().name().toLowerCase()
                    + (plugin.reason() == null ? "" : ": " + plugin.reason()));
        } else if (factory == null) {
            unavailable = Optional.of("plugin " + i.pluginId() + " " + plugin.version() + " has no notifier '" + i.factoryId() + "'");
        } else {
            unavailable = Optional.empty();
        }
        InstanceSnapshot snapshot = new InstanceSnapshot(i.id(), i.version(), i.pluginId(), PluginKind.NOTIFIER, i.factoryId(), i.name(),
                factory == null ? null : codec.effective(i, factory.properties()));
        return new PluginNotifierSubscriber(snapshot, i.eventTypes(), Optional.ofNullable(factory == null ? null : factory.channel()),
                i.retry(), unavailable, runtime, settings.callTimeout());
    }
}
