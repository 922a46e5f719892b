package io.switchboard.infrastructure.plugin;

import io.switchboard.plugin.PluginFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One loaded version of one plugin: its class loader, its factories and the objects they created
 * for configured instances. An upgrade retires the generation; it closes itself (objects, then
 * factories, then the class loader, then its private copy of the jar) once the last call in
 * flight has returned, on a plugin thread, never on the caller's.
 */
final class PluginGeneration {

    private static final Logger LOG = Logger.getLogger(PluginGeneration.class.getName());

    /** An object a factory created for one instance at one configuration version. */
    record Live(long instanceVersion, AutoCloseable object, InFlight inFlight) {}

    final PluginManifest manifest;
    final Path jarCopy;
    final Instant loadedAt;
    final List<FactoryInfo> factoryInfos;
    private final PluginClassLoader loader;
    private final Map<String, PluginFactory<?>> factories;
    private final Map<Long, Live> objects = new ConcurrentHashMap<>();
    private final Set<Long> served = ConcurrentHashMap.newKeySet();
    private final Map<Long, Object> creationLocks = new ConcurrentHashMap<>();
    private final InFlight inFlight;
    private final Executor closer;

    PluginGeneration(
            PluginManifest manifest,
            Path jarCopy,
            PluginClassLoader loader,
            Map<String, PluginFactory<?>> factories,
            List<FactoryInfo> factoryInfos,
            Executor closer) {
        this.manifest = manifest;
        this.jarCopy = jarCopy;
        this.loader = loader;
        this.factories = Map.copyOf(factories);
        this.factoryInfos = List.copyOf(factoryInfos);
        this.closer = closer;
        this.loadedAt = Instant.now();
        this.inFlight = new InFlight(() -> closer.execute(this::closeAll));
    }

    static String key(PluginKind kind, String factoryId) {
        return kind.key() + ":" + factoryId;
    }

    PluginFactory<?> factory(PluginKind kind, String factoryId) {
        return factories.get(key(kind, factoryId));
    }

    boolean enter() {
        return inFlight.enter();
    }

    void exit() {
        inFlight.exit();
    }

    void retire() {
        inFlight.retire();
    }

    boolean isClosed() {
        return inFlight.isClosed();
    }

    ClassLoader loader() {
        return loader;
    }

    Live live(long instanceId) {
        return objects.get(instanceId);
    }

    /** Installs a freshly created object; the one it replaces closes after its own calls return. */
    void put(long instanceId, Live live) {
        Live old = objects.put(instanceId, live);
        if (old != null) {
            old.inFlight().retire();
        }
    }

    /** Notes that a call for the instance is about to run on this version. */
    void serving(long instanceId) {
        served.add(instanceId);
    }

    /** The instances this version has been called for. */
    Set<Long> instanceIds() {
        return Set.copyOf(served);
    }

    /**
     * What creating the object of one instance is guarded by: per instance, so that a factory
     * that hangs while creating one instance's object never blocks the other instances.
     */
    Object creationLock(long instanceId) {
        return creationLocks.computeIfAbsent(instanceId, id -> new Object());
    }

    void drop(long instanceId) {
        Live old = objects.remove(instanceId);
        if (old != null) {
            old.inFlight().retire();
        }
    }

    static InFlight closingInFlight(AutoCloseable object, Executor closer, String what) {
        return new InFlight(() -> closer.execute(() -> closeQuietly(object, what)));
    }

    private void closeAll() {
        objects.values().forEach(l -> l.inFlight().retire());
        objects.clear();
        factories.values().forEach(f -> {
            try {
                f.close();
            } catch (Throwable t) {
                LOG.log(
                        Level.WARNING,
                        "Factory of plugin " + manifest.id() + " failed to close: " + Containment.describe(t));
            }
        });
        OnPluginLoader.release(loader);
        try {
            loader.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not close the class loader of plugin " + manifest.id(), e);
        }
        try {
            Files.deleteIfExists(jarCopy);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not delete " + jarCopy, e);
        }
        LOG.info(() -> "Unloaded plugin " + manifest.id() + " " + manifest.version());
    }

    static void closeQuietly(AutoCloseable object, String what) {
        try {
            object.close();
        } catch (Throwable t) {
            LOG.log(Level.WARNING, "Closing " + what + " failed: " + Containment.describe(t));
        }
    }
}
