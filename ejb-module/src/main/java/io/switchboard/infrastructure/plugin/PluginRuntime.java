package io.switchboard.infrastructure.plugin;

import io.switchboard.plugin.PluginFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

/**
 * The plugins the server runs. The database is the source of truth for what is installed: a
 * refresh (every few seconds on every server, and right after each change made here) loads new
 * and upgraded jars, unloads removed ones, and keeps each plugin's state with a reason. Calls go
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
    PluginJars jars;

    @Inject
    Clock clock;

    private final Object lock = new Object();
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final Map<String, String> refusals = new HashMap<>();
    private final List<WeakReference<ClassLoader>> retiredLoaders = new CopyOnWriteArrayList<>();

    /** One plugin id (or one unreadable file) and what the host made of it. */
    private static final class Slot {
        final String key;
        volatile PluginGeneration current;
        volatile PluginState state = PluginState.FAILED;
        volatile String reason;
        volatile String file;
        volatile PluginManifest manifest;
        volatile String decidedSha;
        final Deque<PluginError> errors = new ConcurrentLinkedDeque<>();

        Slot(String key) {
            this.key = key;
        }
    }

    /** A refused upload; the message is for the admin. */
    public static final class InvalidUpload extends Exception {
        private static final long serialVersionUID = 1L;

        private final String pluginId;

        InvalidUpload(String message) {
            this(message, null);
        }

        InvalidUpload(String message, String pluginId) {
            super(message, null, false, false);
            this.pluginId = pluginId;
        }

        /** The id the jar declares, when it got that far. */
        String pluginId() {
            return pluginId;
        }
    }

    /** What an install or upgrade did. */
    public record Installed(PluginStatus status, String previousVersion) {}

    /**
     * How many old versions are still around: retired but not closed, or closed but not yet
     * garbage-collected; and how many abandoned calls (hung when their instance was upgraded,
     * changed or removed) have not returned yet.
     */
    public record Retention(int active, int retiredLoaders, int retainedLoaders, int abandonedCalls) {}

    // ---- the source: the database ----

    /**
     * Brings the runtime in line with the database: loads new and upgraded plugins, unloads
     * removed and disabled ones, and shows the plugins directory's refusals. Runs every few
     * seconds on every server and right after each change made here, so that a change made on
     * any server takes effect on all of them within seconds.
     */
    public void refresh() {
        synchronized (lock) {
            Set<String> present = new HashSet<>();
            for (PluginRegistryStore.Row row : store.installed()) {
                present.add(row.id());
                activate(slots.computeIfAbsent(row.id(), Slot::new), row);
            }
            refusals.forEach((file, reason) -> {
                present.add(file);
                Slot slot = slots.computeIfAbsent(file, Slot::new);
                slot.file = file;
                if (slot.state != PluginState.FAILED || !Objects.equals(slot.reason, reason)) {
                    fail(slot, reason);
                }
            });
            for (Slot slot : List.copyOf(slots.values())) {
                if (!present.contains(slot.key)) {
                    retire(slot);
                    slots.remove(slot.key);
                    LOG.info(() -> "Plugin " + slot.key + " was removed");
                }
            }
        }
    }

    /** Files in the plugins directory that could not be installed, by name, with the reason; shown as FAILED here. */
    void refusedInDirectory(Map<String, String> refused) {
        synchronized (lock) {
            if (refusals.equals(refused)) {
                return;
            }
            refusals.clear();
            refusals.putAll(refused);
        }
        refresh();
    }

    private void activate(Slot slot, PluginRegistryStore.Row row) {
        String decision = row.sha256() + (row.enabled() ? "" : "#disabled");
        slot.file = row.fileName() != null ? row.fileName() : row.id() + ".jar";
        if (decision.equals(slot.decidedSha)) {
            return; // this exact jar was already loaded, disabled or refused
        }
        slot.decidedSha = decision;
        slot.manifest = new PluginManifest(row.id(), row.version(), null, row.sha256());
        if (!row.enabled()) {
            retire(slot);
            slot.state = PluginState.DISABLED;
            slot.reason = "disabled by " + row.updatedBy();
            return;
        }
        try {
            Path jar = jars.localCopy(row.id(), row.sha256());
            PluginGeneration generation = loader.load(jar);
            PluginGeneration old = slot.current;
            slot.manifest = generation.manifest;
            slot.current = generation;
            slot.state = PluginState.ACTIVE;
            slot.reason = null;
            if (old != null) {
                retire(old);
            }
            LOG.info(() -> "Loaded plugin " + row.id() + " " + row.version() + " (" + generation.factoryInfos.size()
                    + " factories, sha256 " + row.sha256() + ")");
        } catch (PluginLoader.LoadFailed e) {
            retire(slot);
            fail(slot, e.getMessage());
        }
    }

    // ---- admin operations ----

    /** Installs or upgrades from an uploaded jar: checked, stored in the database, then loaded here (and soon everywhere). */
    public Installed install(InputStream upload, String actor) throws InvalidUpload {
        Path part;
        try {
            part = jars.receive(upload);
        } catch (InvalidUpload e) {
            store.refused(actor, null, e.getMessage(), null);
            throw e;
        }
        try {
            PluginManifest m;
            try {
                m = check(part);
            } catch (InvalidUpload e) {
                store.refused(actor, e.pluginId(), e.getMessage(), PluginManifest.sha256(part));
                throw e;
            }
            return install(part, m, m.id() + ".jar", actor);
        } finally {
            PluginJars.deleteQuietly(part);
        }
    }

    /** Checks a jar that is about to be installed; the reason names what is wrong with it. */
    PluginManifest check(Path jar) throws InvalidUpload {
        try {
            long size = Files.size(jar);
            if (size > settings.maxJarBytes()) {
                throw new InvalidUpload(
                        "the jar has " + size + " bytes; plugins may have at most " + settings.maxJarBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the received jar " + jar, e);
        }
        PluginManifest m;
        try {
            m = loader.inspect(jar);
        } catch (PluginLoader.LoadFailed e) {
            throw new InvalidUpload(e.getMessage());
        }
        String incompatible = m.incompatibility();
        if (incompatible != null) {
            throw new InvalidUpload("plugin " + m.id() + " " + m.version() + " is " + incompatible, m.id());
        }
        return m;
    }

    /** Stores a checked jar as the plugin's current version and loads it. */
    Installed install(Path jar, PluginManifest m, String fileName, String actor) {
        PluginRegistryStore.Stored stored =
                store.store(m.id(), m.version(), m.sha256(), jars.read(jar), fileName, actor);
        jars.keep(jar, m.sha256());
        refresh();
        return new Installed(status(m.id()).orElseThrow(), stored.previousVersion());
    }

    /** Removes the plugin from the database and unloads it; false when there is no such plugin. */
    public boolean remove(String id, String actor) {
        if (!store.forget(id, actor)) {
            return false;
        }
        refresh();
        return true;
    }

    /** Switches the plugin on; on this server it is loaded again even if it was on, so a FAILED jar gets another try. */
    public boolean enable(String id, String actor) {
        if (!store.switchOn(id, true, actor)) {
            return false;
        }
        synchronized (lock) {
            Slot slot = slots.get(id);
            if (slot != null) {
                slot.decidedSha = null;
            }
        }
        refresh();
        return true;
    }

    public boolean disable(String id, String actor) {
        if (!store.switchOn(id, false, actor)) {
            return false;
        }
        refresh();
        return true;
    }

    // ---- calls ----

    /** Runs {@code operation} on the object serving {@code instance}, creating it on first use or after a config change. */
    public <T> T invoke(InstanceSnapshot instance, Duration timeout, PluginOperation<AutoCloseable, T> operation)
            throws PluginCallFailed {
        return invoke(instance, Containment.Lane.CALL, timeout, operation);
    }

    /**
     * A long call (IMAP IDLE, a large pull, a download) on the instance's own long-call lane: its
     * own slots, so that it never takes an ordinary call's, and the caller's timeout rather than the call timeout.
     */
    public <T> T invokeLong(InstanceSnapshot instance, Duration timeout, PluginOperation<AutoCloseable, T> operation)
            throws PluginCallFailed {
        return invoke(instance, Containment.Lane.LONG, timeout, operation);
    }

    private <T> T invoke(
            InstanceSnapshot instance,
            Containment.Lane lane,
            Duration timeout,
            PluginOperation<AutoCloseable, T> operation)
            throws PluginCallFailed {
        PluginGeneration generation = pin(instance.pluginId());
        generation.serving(instance.id());
        try {
            return containment.call(
                    instance.key(),
                    lane,
                    timeout,
                    () -> OnPluginLoader.call(generation.loader(), () -> {
                        PluginGeneration.Live live = objectFor(generation, instance);
                        try {
                            return operation.apply(live.object());
                        } finally {
                            live.inFlight().exit();
                        }
                    }),
                    generation::exit);
        } catch (PluginCallFailed e) {
            recordError(instance.pluginId(), instance.id(), e);
            throw e;
        }
    }

    /** Runs {@code operation} on a factory of the current version (validation, connection tests). */
    public <T> T withFactory(
            String pluginId,
            PluginKind kind,
            String factoryId,
            Duration timeout,
            PluginOperation<PluginFactory<?>, T> operation)
            throws PluginCallFailed {
        PluginGeneration generation = pin(pluginId);
        PluginFactory<?> factory = generation.factory(kind, factoryId);
        if (factory == null) {
            generation.exit();
            throw new PluginCallFailed(
                    PluginCallFailed.Kind.UNAVAILABLE,
                    "plugin " + pluginId + " " + generation.manifest.version() + " has no " + kind.key() + " factory '"
                            + factoryId + "'");
        }
        try {
            return containment.call(
                    "plugin:" + pluginId,
                    timeout,
                    () -> OnPluginLoader.call(generation.loader(), () -> operation.apply(factory)),
                    generation::exit);
        } catch (PluginCallFailed e) {
            recordError(pluginId, null, e);
            throw e;
        }
    }

    /** How many calls the instance may have running at once (null: the server's default), from its next bulkhead on. */
    public void limitCalls(long instanceId, Integer slots) {
        containment.limit("instance:" + instanceId, slots);
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
                throw new PluginCallFailed(
                        PluginCallFailed.Kind.UNAVAILABLE, "plugin " + pluginId + " is not installed");
            }
            PluginGeneration generation = slot.current;
            if (slot.state != PluginState.ACTIVE || generation == null) {
                throw new PluginCallFailed(
                        PluginCallFailed.Kind.UNAVAILABLE,
                        "plugin " + pluginId + " is " + slot.state.name().toLowerCase()
                                + (slot.reason == null ? "" : ": " + slot.reason));
            }
            if (generation.enter()) {
                return generation;
            }
            Thread.onSpinWait(); // retired between the read and the pin: an upgrade is swapping it, take the new one
        }
        throw new PluginCallFailed(
                PluginCallFailed.Kind.UNAVAILABLE, "plugin " + pluginId + " is being replaced; try again");
    }

    private PluginGeneration.Live objectFor(PluginGeneration generation, InstanceSnapshot instance) throws Exception {
        PluginGeneration.Live live = generation.live(instance.id());
        if (live != null
                && live.instanceVersion() == instance.version()
                && live.inFlight().enter()) {
            return live;
        }
        synchronized (generation.creationLock(instance.id())) {
            live = generation.live(instance.id());
            if (live != null
                    && live.instanceVersion() == instance.version()
                    && live.inFlight().enter()) {
                return live;
            }
            PluginFactory<?> factory = generation.factory(instance.kind(), instance.factoryId());
            if (factory == null) {
                throw new IllegalStateException("plugin " + instance.pluginId() + " " + generation.manifest.version()
                        + " has no " + instance.kind().key() + " factory '" + instance.factoryId() + "'");
            }
            AutoCloseable object = Objects.requireNonNull(
                    factory.create(contexts.forInstance(instance), instance.config()), "the factory created nothing");
            PluginGeneration.Live fresh = new PluginGeneration.Live(
                    instance.version(),
                    object,
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
        return slots.values().stream()
                .map(this::status)
                .sorted(Comparator.comparing(PluginStatus::id))
                .toList();
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
        int active =
                (int) slots.values().stream().filter(s -> s.current != null).count();
        return new Retention(active, retiredLoaders.size(), retained, containment.abandonedCalls());
    }

    private PluginStatus status(Slot s) {
        PluginGeneration g = s.current;
        PluginManifest m = g != null ? g.manifest : s.manifest;
        return new PluginStatus(
                s.key,
                m == null ? null : m.version(),
                m == null ? null : m.apiVersion(),
                m == null ? null : m.sha256(),
                s.file,
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

    /**
     * Retires a version: it closes once its last call has returned. Calls of its instances that
     * are still hung are abandoned, so that the successor starts with a closed circuit and all its slots.
     */
    private void retire(PluginGeneration g) {
        retiredLoaders.add(new WeakReference<>(g.loader()));
        g.instanceIds().forEach(id -> containment.forget("instance:" + id));
        containment.forget("plugin:" + g.manifest.id());
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
