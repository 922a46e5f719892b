package io.switchboard.infrastructure.plugin;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;

/**
 * Runs plugin code with the plugin's own class loader behind the thread's context class loader
 * (a {@link PluginContextLoader}), so that nothing the plugin looks up through the context loader
 * reaches the application's classes or resources. The thread's previous loader is put back afterwards.
 *
 * <p>There is one context loader per plugin version, not one per call: the server keeps caches keyed
 * by the context loader (MicroProfile Config's configuration per loader, the concurrency service's
 * context providers per loader), which a loader per call would grow without end. When the version
 * unloads, {@link #release} drops what those caches hold for it and detaches the context loader from
 * the plugin's, so a cache entry the server never drops pins nothing of the plugin.
 */
final class OnPluginLoader {

    private static final Logger LOG = Logger.getLogger(OnPluginLoader.class.getName());

    private record Pair(ClassLoader plugin, ClassLoader application) {}

    private static final Map<Pair, PluginContextLoader> CONTEXTS = new ConcurrentHashMap<>();

    private OnPluginLoader() {}

    static <T> T call(ClassLoader pluginLoader, Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        ClassLoader application = before instanceof PluginContextLoader nested ? nested.application() : before;
        Pair pair = new Pair(pluginLoader, application == null ? OnPluginLoader.class.getClassLoader() : application);
        thread.setContextClassLoader(
                CONTEXTS.computeIfAbsent(pair, p -> new PluginContextLoader(p.plugin(), p.application())));
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** Forgets the context loaders of an unloaded plugin version and what the server cached for them. */
    static void release(ClassLoader pluginLoader) {
        CONTEXTS.entrySet().removeIf(entry -> {
            if (entry.getKey().plugin() != pluginLoader) {
                return false;
            }
            releaseConfig(entry.getValue());
            entry.getValue().detach();
            return true;
        });
    }

    private static void releaseConfig(PluginContextLoader context) {
        try {
            ConfigProviderResolver resolver = ConfigProviderResolver.instance();
            resolver.releaseConfig(resolver.getConfig(context));
        } catch (RuntimeException | LinkageError e) {
            // without MicroProfile Config there is nothing to release
            LOG.log(Level.FINE, "No MicroProfile Config to release for " + context, e);
        }
    }
}
