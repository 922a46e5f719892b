package io.switchboard.infrastructure.plugin;

import io.switchboard.plugin.RemoteFailure;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Queue;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs calls into plugins so that the caller cannot be hurt by them: on threads of the
 * instance's own bulkhead (never the request thread, never a pool shared with other instances),
 * with a timeout and behind a circuit breaker per instance, turning everything a plugin can
 * throw, {@link LinkageError} and {@link ServiceConfigurationError} included, into a
 * {@link PluginCallFailed}.
 *
 * <p>Each instance has two lanes: ordinary calls ({@code switchboard.plugins.max-concurrent-calls}
 * slots, under the call timeout) and long calls such as IMAP IDLE or a large PSA pull
 * ({@code switchboard.plugins.long-calls-per-instance} slots, with the caller's longer timeout).
 * A call that times out is cancelled (interrupted); one that ignores the interrupt keeps its slot
 * and its thread until it really returns, so a hung instance holds at most its own slots: other
 * instances, the core's subscribers and plugin administration (loading runs under the plugin's
 * own key) never wait for it. {@link #forget} abandons an instance's hung calls and gives it fresh slots.
 */
@ApplicationScoped
public class Containment {

    private static final Logger LOG = Logger.getLogger(Containment.class.getName());

    /** For clean-up nobody waits for (closing an old version). */
    @Resource(lookup = "concurrent/switchboard/plugins")
    ManagedExecutorService executor;

    /**
     * Threads for the bulkheads: managed, carrying only the application's class loader context (which
     * PluginRuntime narrows to the plugin's own): no java:comp namespace, no caller identity.
     */
    @Resource(lookup = "concurrent/switchboard/plugin-threads")
    ManagedThreadFactory threadFactory;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "switchboard.plugins.max-concurrent-calls", defaultValue = "4")
    int maxConcurrentCalls;

    @Inject
    @ConfigProperty(name = "switchboard.plugins.long-calls-per-instance", defaultValue = "2")
    int longCallsPerInstance;

    @Inject
    @ConfigProperty(name = "switchboard.plugins.breaker.failures", defaultValue = "5")
    int breakerThreshold;

    @Inject
    @ConfigProperty(name = "switchboard.plugins.breaker.cooldown-seconds", defaultValue = "30")
    int breakerCooldownSeconds;

    private final ConcurrentHashMap<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Bulkhead> bulkheads = new ConcurrentHashMap<>();
    private final Queue<Bulkhead> abandoned = new ConcurrentLinkedQueue<>();
    private final ConcurrentHashMap<String, Integer> slotLimits = new ConcurrentHashMap<>();

    /** The two lanes of an instance, each with its own slots and threads. */
    public enum Lane {
        /** Ordinary calls, under the call timeout. */
        CALL("call"),
        /** Long calls (IMAP IDLE, a large PSA pull, a download) with their own, longer timeout. */
        LONG("long-call");

        final String description;

        Lane(String description) {
            this.description = description;
        }
    }

    /** A guarded call for the instance (or plugin) {@code key}. */
    public <T> T call(String key, Duration timeout, Callable<T> work) throws PluginCallFailed {
        return call(key, Lane.CALL, timeout, work, () -> {});
    }

    public <T> T call(String key, Duration timeout, Callable<T> work, Runnable release) throws PluginCallFailed {
        return call(key, Lane.CALL, timeout, work, release);
    }

    /**
     * A guarded call; {@code release} runs exactly once, when the work has finished, or at once
     * if the work never started (refused, or cancelled while still queued), so that whatever the
     * caller holds for the call (an in-flight count on a plugin version) is never leaked.
     */
    public <T> T call(String key, Lane lane, Duration timeout, Callable<T> work, Runnable release)
            throws PluginCallFailed {
        CircuitBreaker breaker = breaker(key);
        CircuitBreaker.Permit permit = breaker.acquire();
        boolean trial = permit == CircuitBreaker.Permit.TRIAL;
        if (permit == CircuitBreaker.Permit.REFUSED) {
            release.run();
            Instant retryAt = breaker.retryAt();
            throw PluginCallFailed.refusedUntil(
                    PluginCallFailed.Kind.CIRCUIT_OPEN,
                    "circuit open after repeated failures (last: " + breaker.lastFailure() + "); next trial at "
                            + (retryAt == null ? "once the trial running now has answered" : retryAt),
                    retryAt);
        }
        Bulkhead bulkhead = bulkhead(key, lane);
        if (!bulkhead.tryEnter()) {
            release.run();
            breaker.notTried(); // a refusal says nothing about the plugin's health
            throw new PluginCallFailed(
                    PluginCallFailed.Kind.BUSY,
                    "all " + bulkhead.slots() + " " + lane.description + " slots are taken (a plugin that hangs?)");
        }
        AtomicBoolean claimed = new AtomicBoolean();
        Runnable releaseAll = () -> {
            bulkhead.leave();
            release.run();
        };
        Future<T> future;
        try {
            future = bulkhead.submit(() -> {
                if (!claimed.compareAndSet(false, true)) {
                    return null; // the caller gave up before this started and released for it
                }
                try {
                    return work.call();
                } finally {
                    releaseAll.run();
                }
            });
        } catch (RejectedExecutionException e) {
            releaseAll.run();
            breaker.notTried();
            throw new PluginCallFailed(
                    PluginCallFailed.Kind.BUSY, "the instance's calls were just abandoned (an upgrade or a change)");
        }
        try {
            T result = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            breaker.success();
            return result;
        } catch (TimeoutException e) {
            abandon(future, claimed, releaseAll);
            String reason = "no answer within " + timeout.toMillis() + " ms";
            throw failed(breaker, trial, PluginCallFailed.Kind.TIMED_OUT, reason);
        } catch (InterruptedException e) {
            abandon(future, claimed, releaseAll);
            breaker.notTried();
            Thread.currentThread().interrupt();
            throw new PluginCallFailed(PluginCallFailed.Kind.UNAVAILABLE, "interrupted while waiting for the plugin");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RemoteFailure remote) {
                throw answered(breaker, trial, remote);
            }
            LOG.log(Level.FINE, "Plugin call " + key + " failed", cause);
            throw failed(
                    breaker,
                    trial,
                    isIncompatibility(cause) ? PluginCallFailed.Kind.INCOMPATIBLE : PluginCallFailed.Kind.THREW,
                    describe(cause));
        } catch (Throwable t) {
            abandon(future, claimed, releaseAll);
            throw failed(breaker, trial, PluginCallFailed.Kind.THREW, describe(t));
        }
    }

    /**
     * The other side answered with a typed failure. Only a {@link RemoteFailure.Kind#TRANSIENT}
     * one counts against the breaker; a throttled, refused or invalid answer proves the remote
     * side is up, so a 429 never opens a circuit.
     */
    private static PluginCallFailed answered(CircuitBreaker breaker, boolean trial, RemoteFailure remote) {
        if (remote.kind() != RemoteFailure.Kind.TRANSIENT) {
            breaker.success();
            return PluginCallFailed.remote(remote, false, null);
        }
        breaker.failure(describeMessage(remote));
        return PluginCallFailed.remote(remote, trial, trial ? breaker.retryAt() : null);
    }

    /** A failed call counts against the breaker; a failed trial says when the next one is due. */
    private static PluginCallFailed failed(
            CircuitBreaker breaker, boolean trial, PluginCallFailed.Kind kind, String reason) {
        breaker.failure(reason);
        return trial
                ? PluginCallFailed.trialFailed(kind, reason, breaker.retryAt())
                : new PluginCallFailed(kind, reason);
    }

    /** Runs plugin code nobody waits for (closing an old version) on the plugins' pool. */
    public void detached(Runnable work) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (Throwable t) {
                    LOG.log(Level.WARNING, "Plugin clean-up failed: " + describe(t));
                }
            });
        } catch (RejectedExecutionException e) {
            work.run(); // shutting down: clean up here rather than leak
        }
    }

    private static void abandon(Future<?> future, AtomicBoolean claimed, Runnable releaseAll) {
        if (claimed.compareAndSet(false, true)) {
            releaseAll.run(); // never started: it will not run, so release on its behalf
        }
        future.cancel(true);
    }

    /**
     * Forgets the breaker and bulkheads of an instance that was reconfigured, upgraded or removed:
     * calls still hung in them are abandoned (their threads are left to finish on their own and
     * never hold up the successor), and the next call starts with a closed circuit and every slot free.
     */
    public void forget(String key) {
        breakers.remove(key);
        for (Lane lane : Lane.values()) {
            Bulkhead old = bulkheads.remove(bulkheadKey(key, lane));
            if (old != null) {
                old.abandon();
                if (old.running() > 0) {
                    abandoned.add(old);
                    LOG.info(() -> key + ": abandoned " + old.running() + " " + lane.description
                            + "(s) still running; their threads are left to finish");
                }
            }
        }
    }

    /** At shutdown no bulkhead thread may outlive the application. */
    @PreDestroy
    void stop() {
        bulkheads.values().forEach(Bulkhead::abandon);
        bulkheads.clear();
    }

    /** How many slots the ordinary lane of {@code key} has from its next bulkhead on; null for the default. */
    public void limit(String key, Integer slots) {
        if (slots == null) {
            slotLimits.remove(key);
        } else {
            slotLimits.put(key, slots);
        }
    }

    /** Calls given up on (abandoned by an upgrade, a change or a removal) whose threads have not finished yet. */
    public int abandonedCalls() {
        abandoned.removeIf(Bulkhead::isDrained);
        return abandoned.stream().mapToInt(Bulkhead::running).sum();
    }

    /** Calls running now in the ordinary lane of {@code key}, hung ones included. */
    public int running(String key) {
        Bulkhead b = bulkheads.get(bulkheadKey(key, Lane.CALL));
        return b == null ? 0 : b.running();
    }

    private Bulkhead bulkhead(String key, Lane lane) {
        return bulkheads.computeIfAbsent(bulkheadKey(key, lane), k -> new Bulkhead(slots(key, lane), named(k)));
    }

    private int slots(String key, Lane lane) {
        return lane == Lane.LONG ? longCallsPerInstance : slotLimits.getOrDefault(key, maxConcurrentCalls);
    }

    private static String bulkheadKey(String key, Lane lane) {
        return key + "#" + lane.description;
    }

    private ThreadFactory named(String bulkheadKey) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread t = threadFactory.newThread(work);
            t.setName("plugin " + bulkheadKey + " " + count.incrementAndGet());
            return t;
        };
    }

    public CircuitBreaker.State state(String key) {
        CircuitBreaker b = breakers.get(key);
        return b == null ? CircuitBreaker.State.CLOSED : b.state();
    }

    public String lastFailure(String key) {
        CircuitBreaker b = breakers.get(key);
        return b == null ? null : b.lastFailure();
    }

    private CircuitBreaker breaker(String key) {
        return breakers.computeIfAbsent(
                key, k -> new CircuitBreaker(breakerThreshold, Duration.ofSeconds(breakerCooldownSeconds), clock));
    }

    static boolean isIncompatibility(Throwable t) {
        return t instanceof LinkageError || t instanceof ServiceConfigurationError;
    }

    /** A plugin's own message on one line, at most 500 characters. */
    static String describeMessage(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        String line = message.replaceAll("[\\r\\n]+", " ");
        return line.length() > 500 ? line.substring(0, 500) : line;
    }

    /** One line for an admin: the kind of failure and its message, at most 500 characters. */
    static String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().replaceAll("[\\r\\n]+", " ");
        String line = t.getClass().getSimpleName() + message;
        return line.length() > 500 ? line.substring(0, 500) : line;
    }
}
