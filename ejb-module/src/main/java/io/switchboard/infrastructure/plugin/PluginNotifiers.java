package io.switchboard.infrastructure.plugin;

import io.switchboard.application.notify.EventSubscriber;
import io.switchboard.application.notify.NotifierInstances;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The notifier port over the plugin runtime: every configured notifier instance as a contained subscriber. */
@ApplicationScoped
public class PluginNotifiers implements NotifierInstances {

    @Inject
    ConfiguredInstances instances;

    @Inject
    PluginRuntime runtime;

    @Inject
    PluginSettings settings;

    @Override
    public List<EventSubscriber> enabled() {
        return instances.enabled(PluginKind.NOTIFIER).stream()
                .map(this::subscriber)
                .toList();
    }

    @Override
    public Optional<EventSubscriber> byId(long id) {
        return instances.byId(PluginKind.NOTIFIER, id).map(this::subscriber);
    }

    private EventSubscriber subscriber(ConfiguredInstances.Bound bound) {
        runtime.limitCalls(bound.instance().id(), bound.instance().delivery().concurrency());
        return new NotifierInstanceSubscriber(
                bound.snapshot(),
                bound.instance().eventTypes(),
                Optional.ofNullable(
                        bound.factory() == null ? null : bound.factory().channel()),
                bound.instance().retry(),
                bound.instance().delivery(),
                bound.unavailable(),
                runtime,
                settings.callTimeout());
    }
}
