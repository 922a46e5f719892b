package io.switchboard.infrastructure.plugin;

import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The parent of every plugin class loader. It shows the plugin the JDK, the Jakarta APIs the
 * server provides and the Switchboard SPI, and nothing else of the core: a plugin can neither
 * reach into the application's classes nor clash with the libraries the core bundles. It shows
 * no resources either, so a plugin's {@code ServiceLoader} finds only the plugin's own services.
 */
final class SpiOnlyClassLoader extends ClassLoader {

    private static final String SPI_PACKAGE = "io.switchboard.plugin.";

    private final ClassLoader application;

    SpiOnlyClassLoader(ClassLoader application) {
        super("switchboard-plugin-parent", ClassLoader.getPlatformClassLoader());
        this.application = application;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith("java.")) {
            return super.loadClass(name, resolve);
        }
        if (name.startsWith("jakarta.") || name.startsWith(SPI_PACKAGE)) {
            return application.loadClass(name);
        }
        // javax.net.ssl, javax.crypto and the like come from the JDK's platform loader, never from the application
        if (name.startsWith("javax.") || name.startsWith("org.w3c.") || name.startsWith("org.xml.")) {
            return super.loadClass(name, resolve);
        }
        throw new ClassNotFoundException(name + " is not visible to plugins: they see the JDK, jakarta.* and io.switchboard.plugin.* only");
    }

    @Override
    public URL getResource(String name) {
        return null;
    }

    @Override
    public Enumeration<URL> getResources(String name) {
        return Collections.emptyEnumeration();
    }
}
