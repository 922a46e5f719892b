package io.switchboard.infrastructure.plugin;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;

/**
 * The context class loader during a plugin call. Asked by the plugin's own code, it is the
 * plugin's loader and nothing more: no application class or resource. Asked by the server's
 * code the plugin calls into (the JAX-RS client's, JSON-P's or Jakarta Mail's provider lookup,
 * which finds its implementation through the context loader), it answers as the application's
 * loader did, so that {@code ClientBuilder.newBuilder()} and {@code Json.createObjectBuilder()}
 * keep working inside plugins.
 *
 * <p>Its parent is the plugin's parent (the SPI-only loader), never the plugin's own loader, and
 * {@link #detach} cuts it from the plugin once that version has unloaded: the server may keep a
 * context loader as a cache key for good, and it must not keep the plugin's classes alive with it.
 */
final class PluginContextLoader extends ClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private volatile ClassLoader plugin;
    private final ClassLoader application;

    PluginContextLoader(ClassLoader plugin, ClassLoader application) {
        super("switchboard-plugin-context", plugin.getParent());
        this.plugin = plugin;
        this.application = application;
    }

    /** The plugin's loader, or null once its version has unloaded. */
    ClassLoader plugin() {
        return plugin;
    }

    void detach() {
        plugin = null;
    }

    ClassLoader application() {
        return application;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        ClassLoader own = plugin;
        if (own == null) {
            throw new ClassNotFoundException(name + ": the plugin version this thread ran has unloaded");
        }
        try {
            return own.loadClass(name);
        } catch (ClassNotFoundException e) {
            if (askedByThePlugin()) {
                throw e;
            }
            return application.loadClass(name);
        }
    }

    @Override
    public URL getResource(String name) {
        ClassLoader loader = plugin;
        URL own = loader == null ? null : loader.getResource(name);
        return own != null || askedByThePlugin() ? own : application.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        ClassLoader own = plugin;
        if (askedByThePlugin()) {
            return own == null ? Collections.emptyEnumeration() : own.getResources(name);
        }
        return application.getResources(name);
    }

    /** Whether the nearest caller outside the JDK and this class is code of the plugin's own jar. */
    private boolean askedByThePlugin() {
        Optional<Class<?>> caller = STACK.walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                .filter(c -> c != PluginContextLoader.class && c.getClassLoader() != null)
                .filter(c -> c.getClassLoader() != ClassLoader.getPlatformClassLoader())
                .findFirst());
        ClassLoader own = plugin;
        return caller.map(c -> own == null || c.getClassLoader() == own).orElse(true);
    }
}
