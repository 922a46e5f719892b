package io.switchboard.infrastructure.plugin;

import java.util.concurrent.Callable;

/**
 * Runs plugin code with the plugin's own class loader behind the thread's context class loader
 * (a {@link PluginContextLoader}), so that nothing the plugin looks up through the context loader
 * reaches the application's classes or resources. The thread's previous loader is put back afterwards.
 */
final class OnPluginLoader {

    private OnPluginLoader() {}

    static <T> T call(ClassLoader pluginLoader, Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        ClassLoader application = before instanceof PluginContextLoader nested ? nested.application() : before;
        thread.setContextClassLoader(new PluginContextLoader(
                pluginLoader, application == null ? OnPluginLoader.class.getClassLoader() : application));
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
