package io.switchboard.infrastructure.plugin;

import io.switchboard.domain.plugin.PluginInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The host side every kind shares: the configured instances of a kind, each bound to the factory
 * of its plugin's running version, with its decrypted settings and, when it cannot be called now,
 * why. The kinds' adapters (notifiers, parsers, PSA, mail) call through {@link PluginRuntime}
 * with the snapshot, so each call is contained on the instance's own bulkhead and circuit.
 */
@ApplicationScoped
public class ConfiguredInstances {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    PluginRuntime runtime;

    @Inject
    InstanceConfigCodec codec;

    /** An instance as a call needs it; {@code unavailable} says why it must wait (empty when it can be called). */
    public record Bound(
            PluginInstance instance, InstanceSnapshot snapshot, FactoryInfo factory, Optional<String> unavailable) {}

    /** The enabled instances of {@code kind}, oldest first. */
    public List<Bound> enabled(PluginKind kind) {
        return em.createQuery(
                        "SELECT i FROM PluginInstance i WHERE i.kind = :k AND i.enabled = TRUE ORDER BY i.id",
                        PluginInstance.class)
                .setParameter("k", kind.key())
                .getResultStream()
                .map(i -> bind(i, kind))
                .toList();
    }

    /** Instance {@code id} if it exists and is of {@code kind}, enabled or not. */
    public Optional<Bound> byId(PluginKind kind, long id) {
        return Optional.ofNullable(em.find(PluginInstance.class, id))
                .filter(i -> kind.key().equals(i.kind()))
                .map(i -> bind(i, kind));
    }

    private Bound bind(PluginInstance i, PluginKind kind) {
        PluginStatus plugin = runtime.status(i.pluginId()).orElse(null);
        FactoryInfo factory = plugin == null
                ? null
                : plugin.factories().stream()
                        .filter(f -> f.kind() == kind && f.id().equals(i.factoryId()))
                        .findFirst()
                        .orElse(null);
        InstanceSnapshot snapshot = new InstanceSnapshot(
                i.id(),
                i.version(),
                i.pluginId(),
                kind,
                i.factoryId(),
                i.name(),
                factory == null ? null : codec.effective(i, factory.properties()));
        return new Bound(i, snapshot, factory, unavailable(i, kind, plugin, factory));
    }

    private static Optional<String> unavailable(
            PluginInstance i, PluginKind kind, PluginStatus plugin, FactoryInfo factory) {
        if (!i.isEnabled()) {
            return Optional.of("instance '" + i.name() + "' is disabled");
        } else if (plugin == null) {
            return Optional.of("plugin " + i.pluginId() + " is not installed");
        } else if (plugin.state() != PluginState.ACTIVE) {
            return Optional.of("plugin " + i.pluginId() + " is "
                    + plugin.state().name().toLowerCase() + (plugin.reason() == null ? "" : ": " + plugin.reason()));
        } else if (factory == null) {
            return Optional.of("plugin " + i.pluginId() + " " + plugin.version() + " has no " + kind.key() + " '"
                    + i.factoryId() + "'");
        }
        return Optional.empty();
    }
}
