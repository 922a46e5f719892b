package io.switchboard.infrastructure.plugin;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs calls into plugins so that the caller cannot be hurt by them: on the plugins' own managed
 * executor (never the request thread), with a timeout, behind a bulkhead and a circuit breaker
 * per instance, turning everything a plugin can throw, {@link LinkageError} and
 * {@link ServiceConfigurationError} included, into a {@link PluginCallFailed}.
 *
 * <p>A call that times out is cancelled (interrupted); one that ignores the interrupt keeps its
 * bulkhead permit until it really returns, so a hanging plugin can tie up at most
 * {@code switchboard.plugins.max-concurrent-calls} threads of its own pool and none of the server's.
 */
@ApplicationScoped
public class Containment {

    private static final Logger LOG = Logger.getLogger(Containment.class.getName());

    @Resource(lookup = "concurrent/switchboard/plugins")
    ManagedExecutorService executor;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "switchboard.plugins.max-concurrent-calls", defaultValue = "4")
    int maxConcurrentCalls;

    @Inject
    @ConfigProperty(name = "switchboard.plugins.breaker.failures", defaultValue = "5")
    int breakerThreshold;

    @Inject
    @ConfigProperty(name = "switchboard.plugins.breaker.cooldown-seconds", defaultValue = "30")
    int breakerCooldownSeconds;

    private final ConcurrentHashMap<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Semaphore> bulkheads = new ConcurrentHashMap<>();

    /** A guarded call for the instance (or plugin) {@code key}. */
    public <T> T call(String key, Duration timeout, Callable<T> work) throws PluginCallFailed {
        return call(key, timeout, work, () -> {});
    }

    /**
     * A guarded call; {@code release} runs exactly once, when the work has finished, or at once
     * if the work never started (refused, or cancelled while still queued), so that whatever the
     * caller holds for the call (an in-flight count on a plugin version) is never leaked.
     */
    public <T> T call(String key, Duration timeout, Callable<T> work, Runnable release) throws PluginCallFailed {
        CircuitBreaker breaker = breaker(key);
        if (!breaker.tryAcquire()) {
            release.run();
            throw new PluginCallFailed(PluginCallFailed.Kind.CIRCUIT_OPEN, "circuit open after repeated failures (last: "
                    + breaker.lastFailure() + "); next trial at " + breaker.retryAt());
        }
        Semaphore bulkhead = bulkheads.computeIfAbsent(key, k -> new Semaphore(maxConcurrentCalls));
        if (!bulkhead.tryAcquire()) {
            release.run();
            breaker.failure("busy");
            throw new PluginCallFailed(PluginCallFailed.Kind.BUSY, maxConcurrentCalls + " calls are still running (a plugin that hangs?)");
        }
        AtomicBoolean claimed = new AtomicBoolean();
        Runnable releaseAll = () -> {
            bulkhead.release();
            release.run();
        };
        Future<T> future;
        try {
            future = executor.submit(() -> {
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
            breaker.failure("rejected");
            throw new PluginCallFailed(PluginCallFailed.Kind.BUSY, "the plugin thread pool is full");
        }
        try {
            T result = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            breaker.success();
            return result;
        } catch (TimeoutException e) {
            abandon(future, claimed, releaseAll);
            String reason = "no answer within " + timeout.toMillis() + " ms";
            breaker.failure(reason);
            throw new PluginCallFailed(PluginCallFailed.Kind.TIMED_OUT, reason);
        } catch (InterruptedException e) {
            abandon(future, claimed, releaseAll);
            Thread.currentThread().interrupt();
            throw new PluginCallFailed(PluginCallFailed.Kind.UNAVAILABLE, "interrupted while waiting for the plugin");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String reason = describe(cause);
            breaker.failure(reason);
            LOG.log(Level.FINE, "Plugin call " + key + " failed", cause);
            throw new PluginCallFailed(isIncompatibility(cause) ? PluginCallFailed.Kind.INCOMPATIBLE : PluginCallFailed.Kind.THREW, reason);
        } catch (Throwable t) {
            abandon(future, claimed, releaseAll);
            breaker.failure(describe(t));
            throw new PluginCallFailed(PluginCallFailed.Kind.THREW, describe(t));
        }
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

    /** Forgets the breaker and bulkhead of an instance that was reconfigured or removed. */
    public void forget(String key) {
        breakers.remove(key);
        bulkheads.remove(key);
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
        return breakers.computeIfAbsent(key, k -> new CircuitBreaker(breakerThreshold, Duration.ofSeconds(breakerCooldownSeconds), clock));
    }

    static boolean isIncompatibility(Throwable t) {
        return t instanceof LinkageError || t instanceof ServiceConfigurationError;
    }

    /** One line for an admin: the kind of failure and its message, at most 500 characters. */
    static String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().replaceAll("[\\r\\n]+", " ");
        String line = t.getClass().getSimpleName() + message;
        return line.length() > 500 ? line.substring(0, 500) : line;
    }
}
