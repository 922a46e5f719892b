package io.switchboard.infrastructure.plugin;

import io.switchboard.plugin.PluginFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The plugins the server runs. The plugins directory is the source of truth for what is
 * installed: a scan (every few seconds, and right after each change through the API) loads new
 * and changed jars, unloads removed ones, and keeps each plugin's state with a reason. Calls go
 * through {@link #invoke} and {@link #withFactory}, which pin the current version for the
 * length of the call.
 */
@ApplicationScoped
public class PluginRuntime {

    private static final Logger LOG = Logger.getLogger(PluginRuntime.class.getName());
    public static final String DIRECTORY_ACTOR = "plugins-directory";
    private static final int ERRORS_KEPT = 20;

    @Inject
    PluginLoader loader;

    @Inject
    PluginSettings settings;

    @Inject
    Containment containment;

    @Inject
    PluginRegistryStore store;

    @Inject
    PluginContexts contexts;

    @Inject
    Clock clock;

    private final Object lock = new Object();
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final Map<Path, Found> stamps = new HashMap<>();
    private final List<WeakReference<ClassLoader>> retiredLoaders = new CopyOnWriteArrayList<>();

    /** One plugin id (or one unreadable file) and what the host made of it. */
    private static final class Slot {
        final String key;
        volatile PluginGeneration current;
        volatile PluginState state = PluginState.FAILED;
        volatile String reason;
        volatile Path file;
        volatile PluginManifest manifest;
        volatile String decidedSha;
        final Deque<PluginError> errors = new ConcurrentLinkedDeque<>();

        Slot(String key) {
            this.key = key;
        }
    }

    /** A jar in the directory as last read: its stamp, and its manifest or why it has none. */
    private record Found(Path jar, Object fileKey, long size, long modified, PluginManifest manifest, String error) {}

    /** A refused upload; the message is for the admin. */
    public static final class InvalidUpload extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidUpload(String message) {
            super(message, null, false, false);
        }
    }

    /** What an install or upgrade did. */
    public record Installed(PluginStatus status, String previousVersion) {}

    /** How many old versions are still around: retired but not closed, or closed but not yet garbage-collected. */
    public record Retention(int active, int retiredLoaders, int retainedLoaders) {}

    // ---- the directory ----

    /** Brings the runtime in line with the directory. {@code actor} is audited for what changed. */
    public void scan(String actor) {
        synchronized (lock) {
            List<Found> found = list();
            Map<String, List<Found>> byId = new HashMap<>();
            Set<String> present = new HashSet<>();
            for (Found f : found) {
                if (f.manifest() == null) {
                    String key = f.jar().getFileName().toString();
                    present.add(key);
                    Slot slot = slots.computeIfAbsent(key, Slot::new);
                    slot.file = f.jar();
                    if (slot.state != PluginState.FAILED || !Objects.equals(slot.reason, f.error())) {
                        fail(slot, f.error());
                    }
                } else {
                    byId.computeIfAbsent(f.manifest().id(), k -> new ArrayList<>()).add(f);
                }
            }
            byId.forEach((id, files) -> {
                present.add(id);
                Slot slot = slots.computeIfAbsent(id, Slot::new);
                if (files.size() > 1) {
                    String names = String.join(", ", files.stream().map(f -> f.jar().getFileName().toString()).sorted().toList());
                    if (slot.state != PluginState.FAILED || slot.decidedSha != null) {
                        retire(slot);
                        slot.decidedSha = null;
                        fail(slot, files.size() + " jars declare the plugin id '" + id + "': " + names + "; remove all but one");
                    }
                } else {
                    activate(slot, files.get(0), actor);
                }
            });
            for (Slot slot : List.copyOf(slots.values())) {
                if (!present.contains(slot.key)) {
                    retire(slot);
                    slots.remove(slot.key);
                    if (slot.manifest != null) {
                        store.forget(slot.key, actor);
                    }
                    LOG.info(() -> "Plugin " + slot.key + " was removed");
                }
            }
        }
    }

    private void activate(Slot slot, Found f, String actor) {
        PluginManifest m = f.manifest();
        slot.file = f.jar();
        if (m.sha256().equals(slot.decidedSha)) {
            return; // this exact jar was already loaded, disabled or refused
        }
        slot.manifest = m;
        slot.decidedSha = m.sha256();
        boolean enabled = store.admit(m.id(), m.version(), m.sha256(), actor);
        if (!enabled) {
            retire(slot);
            slot.state = PluginState.DISABLED;
            slot.reason = "disabled by an admin";
            return;
        }
        try {
            PluginGeneration generation = loader.load(f.jar());
            PluginGeneration old = slot.current;
            slot.manifest = generation.manifest;
            slot.current = generation;
            slot.state = PluginState.ACTIVE;
            slot.reason = null;
            if (old != null) {
                retire(old);
            }
            LOG.info(() -> "Loaded plugin " + m.id() + " " + m.version() + " (" + generation.factoryInfos.size() + " factories, sha256 " + m.sha256() + ")");
        } catch (PluginLoader.LoadFailed e) {
            retire(slot);
            fail(slot, e.getMessage());
        }
    }

    private List<Found> list() {
        Path dir = settings.directory();
        List<Found> out = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, "*.jar")) {
                for (Path jar : jars) {
                    if (!Files.isRegularFile(jar)) {
                        continue;
                    }
                    BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
                    Found cached = stamps.get(jar);
                    if (cached != null && Objects.equals(cached.fileKey(), a.fileKey()) && cached.size() == a.size()
                            && cached.modified() == a.lastModifiedTime().toMillis()) {
                        out.add(cached);
                        continue;
                    }
                    Found fresh;
                    try {
                        fresh = new Found(jar, a.fileKey(), a.size(), a.lastModifiedTime().toMillis(), loader.inspect(jar), null);
                    } catch (PluginLoader.LoadFailed e) {
                        fresh = new Found(jar, a.fileKey(), a.size(), a.lastModifiedTime().toMillis(), null, e.getMessage());
                    }
                    stamps.put(jar, fresh);
                    out.add(fresh);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot read the plugins directory " + dir + ": " + e.getMessage());
        }
        stamps.keySet().retainAll(out.stream().map(Found::jar).toList());
        return out;
    }

    // ---- admin operations ----

    /** Installs or upgrades from an uploaded jar: checked first, then moved into the directory atomically. */
    public Installed install(InputStream upload, String actor) throws InvalidUpload {
        synchronized (lock) {
            Path dir = settings.directory();
            Path part = dir.resolve(".upload-" + UUID.randomUUID() + ".part");
            try {
                Files.createDirectories(dir);
                long size = Files.copy(upload, part);
                if (size > settings.maxJarBytes()) {
                    throw new InvalidUpload("the jar has " + size + " bytes; plugins may have at most " + settings.maxJarBytes());
                }
                PluginManifest m;
                try {
                    m = loader.inspect(part);
                } catch (PluginLoader.LoadFailed e) {
                    throw new InvalidUpload(e.getMessage());
                }
                String incompatible = m.incompatibility();
                if (incompatible != null) {
                    throw new InvalidUpload("plugin " + m.id() + " " + m.version() + " is " + incompatible);
                }
                Slot before = slots.get(m.id());
                String previous = before == null || before.manifest == null ? null : before.manifest.version();
                Path target = dir.resolve(m.id() + ".jar");
                if (before != null && before.file != null && !before.file.equals(target)) {
                    Files.deleteIfExists(before.file); // the same plugin dropped in under another name
                }
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                scan(actor);
                return new Installed(status(m.id()).orElseThrow(), previous);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write into the plugins directory " + dir, e);
            } finally {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "Could not delete " + part, e);
                }
            }
        }
    }

    /** Removes the plugin's jar and unloads it; false when there is no such plugin. */
    public boolean remove(String id, String actor) {
        synchronized (lock) {
            Slot slot = slots.get(id);
            if (slot == null) {
                return false;
            }
            try {
                if (slot.file != null) {
                    Files.deleteIfExists(slot.file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete " + slot.file, e);
            }
            scan(actor);
            return true;
        }
    }

    public boolean enable(String id, String actor) {
        synchronized (lock) {
            Slot slot = slots.get(id);
            if (slot == null || slot.manifest == null) {
                return false;
            }
            store.switchOn(id, true, actor);
            slot.decidedSha = null;
            scan(actor);
            return true;
        }
    }

    public boolean disable(String id, String actor) {
        synchronized (lock) {
            Slot slot = slots.get(id);
            if (slot == null || slot.manifest == null) {
                return false;
            }
            store.switchOn(id, false, actor);
            retire(slot);
            slot.state = PluginState.DISABLED;
            slot.reason = "disabled by " + actor;
            return true;
        }
    }

    // ---- calls ----

    /** Runs {@code operation} on the object serving {@code instance}, creating it on first use or after a config change. */
    public <T> T invoke(InstanceSnapshot instance, Duration timeout, PluginOperation<AutoCloseable, T> operation) throws PluginCallFailed {
        PluginGeneration generation = pin(instance.pluginId());
        try {
            return containment.call(instance.key(), timeout, () -> {
                PluginGeneration.Live live = objectFor(generation, instance);
                try {
                    return operation.apply(live.object());
                } finally {
                    live.inFlight().exit();
                }
            }, generation::exit);
        } catch (PluginCallFailed e) {
            recordError(instance.pluginId(), instance.id(), e);
            throw e;
        }
    }

    /** Runs {@code operation} on a factory of the current version (validation, connection tests). */
    public <T> T withFactory(String pluginId, PluginKind kind, String factoryId, Duration timeout,
            PluginOperation<PluginFactory<?>, T> operation) throws PluginCallFailed {
        PluginGeneration generation = pin(pluginId);
        PluginFactory<?> factory = generation.factory(kind, factoryId);
        if (factory == null) {
            generation.exit();
            throw new PluginCallFailed(PluginCallFailed.Kind.UNAVAILABLE, "plugin " + pluginId + " " + generation.manifest.version()
                    + " has no " + kind.key() + " factory '" + factoryId + "'");
        }
        try {
            return containment.call("plugin:" + pluginId, timeout, () -> operation.apply(factory), generation::exit);
        } catch (PluginCallFailed e) {
            recordError(pluginId, null, e);
            throw e;
        }
    }

    /** Forgets the object and breaker of an instance that was reconfigured, switched off or deleted. */
    public void dropInstance(String pluginId, long instanceId) {
        Slot slot = slots.get(pluginId);
        PluginGeneration generation = slot == null ? null : slot.current;
        if (generation != null) {
            generation.drop(instanceId);
        }
        containment.forget("instance:" + instanceId);
    }

    private PluginGeneration pin(String pluginId) throws PluginCallFailed {
        for (int tries = 0; tries < 3; tries++) {
            Slot slot = slots.get(pluginId);
            if (slot == null) {
                throw new PluginCallFailed(PluginCallFailed.Kind.UNAVAILABLE, "plugin " + pluginId + " is not installed");
            }
            PluginGeneration generation = slot.current;
            if (slot.state != PluginState.ACTIVE || generation == null) {
                throw new PluginCallFailed(PluginCallFailed.Kind.UNAVAILABLE, "plugin " + pluginId + " is "
                        + slot.state.name().toLowerCase() + (slot.reason == null ? "" : ": " + slot.reason));
            }
            if (generation.enter()) {
                return generation;
            }
            Thread.onSpinWait(); // retired between the read and the pin: an upgrade is swapping it, take the new one
        }
        throw new PluginCallFailed(PluginCallFailed.Kind.UNAVAILABLE, "plugin " + pluginId + " is being replaced; try again");
    }

    private PluginGeneration.Live objectFor(PluginGeneration generation, InstanceSnapshot instance) throws Exception {
        PluginGeneration.Live live = generation.live(instance.id());
        if (live != null && live.instanceVersion() == instance.version() && live.inFlight().enter()) {
            return live;
        }
        synchronized (generation) {
            live = generation.live(instance.id());
            if (live != null && live.instanceVersion() == instance.version() && live.inFlight().enter()) {
                return live;
            }
            PluginFactory<?> factory = generation.factory(instance.kind(), instance.factoryId());
            if (factory == null) {
                throw new IllegalStateException("plugin " + instance.pluginId() + " " + generation.manifest.version() + " has no "
                        + instance.kind().key() + " factory '" + instance.factoryId() + "'");
            }
            AutoCloseable object = Objects.requireNonNull(factory.create(contexts.forInstance(instance), instance.config()),
                    "the factory created nothing");
            PluginGeneration.Live fresh = new PluginGeneration.Live(instance.version(), object,
                    PluginGeneration.closingInFlight(object, containment::detached, "instance " + instance.name()));
            fresh.inFlight().enter();
            generation.put(instance.id(), fresh);
            return fresh;
        }
    }

    private void recordError(String pluginId, Long instanceId, PluginCallFailed e) {
        Slot slot = slots.get(pluginId);
        if (slot == null) {
            return;
        }
        remember(slot, instanceId, e.getMessage());
        if (e.kind() == PluginCallFailed.Kind.INCOMPATIBLE) {
            synchronized (lock) {
                retire(slot);
                fail(slot, "incompatible with this server: " + e.getMessage());
            }
        }
    }

    // ---- state ----

    public List<PluginStatus> statuses() {
        return slots.values().stream().map(this::status).sorted(Comparator.comparing(PluginStatus::id)).toList();
    }

    public Optional<PluginStatus> status(String id) {
        return Optional.ofNullable(slots.get(id)).map(this::status);
    }

    public CircuitBreaker.State breakerState(long instanceId) {
        return containment.state("instance:" + instanceId);
    }

    public String lastFailure(long instanceId) {
        return containment.lastFailure("instance:" + instanceId);
    }

    public Retention retention() {
        retiredLoaders.removeIf(ref -> ref.get() == null);
        int retained = 0;
        for (WeakReference<ClassLoader> ref : retiredLoaders) {
            if (ref.get() != null) {
                retained++;
            }
        }
        int active = (int) slots.values().stream().filter(s -> s.current != null).count();
        return new Retention(active, retiredLoaders.size(), retained);
    }

    private PluginStatus status(Slot s) {
        PluginGeneration g = s.current;
        PluginManifest m = g != null ? g.manifest : s.manifest;
        return new PluginStatus(
                s.key,
                m == null ? null : m.version(),
                m == null ? null : m.apiVersion(),
                m == null ? null : m.sha256(),
                s.file == null ? null : s.file.getFileName().toString(),
                s.state,
                s.reason,
                g == null ? null : g.loadedAt,
                g == null ? List.of() : g.factoryInfos,
                List.copyOf(s.errors));
    }

    private void retire(Slot slot) {
        PluginGeneration g = slot.current;
        slot.current = null;
        if (g != null) {
            retire(g);
        }
    }

    private void retire(PluginGeneration g) {
        retiredLoaders.add(new WeakReference<>(g.loader()));
        g.retire();
    }

    private void fail(Slot slot, String reason) {
        slot.state = PluginState.FAILED;
        slot.reason = reason;
        remember(slot, null, reason);
        LOG.warning(() -> "Plugin " + slot.key + " FAILED: " + reason);
    }

    private void remember(Slot slot, Long instanceId, String message) {
        slot.errors.addFirst(new PluginError(clock.instant(), instanceId, message));
        while (slot.errors.size() > ERRORS_KEPT) {
            slot.errors.pollLast();
        }
    }

    /** Unloads everything at shutdown so that no plugin thread outlives the application. */
    public void shutdown() {
        synchronized (lock) {
            slots.values().forEach(this::retire);
        }
    }
}
