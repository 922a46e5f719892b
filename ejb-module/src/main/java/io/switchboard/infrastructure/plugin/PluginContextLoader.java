package io.switchboard.infrastructure.plugin;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Optional;

/**
 * The context class loader during a plugin call. Asked by the plugin's own code, it is the
 * plugin's loader and nothing more: no application class or resource. Asked by the server's
 * code the plugin calls into (the JAX-RS client's, JSON-P's or Jakarta Mail's provider lookup,
 * which finds its implementation through the context loader), it answers as the application's
 * loader did, so that {@code ClientBuilder.newBuilder()} and {@code Json.createObjectBuilder()}
 * keep working inside plugins.
 */
final class PluginContextLoader extends ClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private final ClassLoader plugin;
    private final ClassLoader application;

    PluginContextLoader(ClassLoader plugin, ClassLoader application) {
        super("switchboard-plugin-context", plugin);
        this.plugin = plugin;
        this.application = application;
    }

    ClassLoader plugin() {
        return plugin;
    }

    ClassLoader application() {
        return application;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        try {
            return plugin.loadClass(name);
        } catch (ClassNotFoundException e) {
            if (askedByThePlugin()) {
                throw e;
            }
            return application.loadClass(name);
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = plugin.getResource(name);
        return own != null || askedByThePlugin() ? own : application.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return askedByThePlugin() ? plugin.getResources(name) : application.getResources(name);
    }

    /** Whether the nearest caller outside the JDK and this class is code of the plugin's own jar. */
    private boolean askedByThePlugin() {
        Optional<Class<?>> caller = STACK.walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                .filter(c -> c != PluginContextLoader.class && c.getClassLoader() != null)
                .filter(c -> c.getClassLoader() != ClassLoader.getPlatformClassLoader())
                .findFirst());
        return caller.map(c -> c.getClassLoader() == plugin).orElse(true);
    }
}
