package io.switchboard.infrastructure.plugin;

import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;

/**
 * The parent of every plugin class loader. It shows the plugin the JDK, the Jakarta APIs the
 * server provides and the Switchboard SPI, and nothing else of the core: a plugin can neither
 * reach into the application's classes nor clash with the libraries the core bundles. It shows
 * no resources either, so a plugin's {@code ServiceLoader} finds only the plugin's own services.
 */
final class SpiOnlyClassLoader extends ClassLoader {

    private static final String SPI_PACKAGE = "io.switchboard.plugin.";

    /**
     * After a plugin's constructor or method has been called reflectively 15 times (Jakarta Mail
     * makes each IMAP store so), the JDK generates an accessor class beside the plugin's class whose
     * superclass it must find through the plugin's loaders; refused, the plugin failed for good.
     */
    static final String REFLECTION_ACCESSORS = "jdk.internal.reflect.";

    /**
     * The Jakarta APIs a plugin may use (the plugin guide lists them): JSON-P, JSON-B, the JAX-RS
     * client and Jakarta Mail with Activation. CDI, EJB, persistence, transactions, servlets, security
     * and the rest of the platform stay out of reach, as does every implementation behind them.
     */
    static final Set<String> JAKARTA_APIS = Set.of(
            "jakarta.json",
            "jakarta.json.spi",
            "jakarta.json.stream",
            "jakarta.json.bind",
            "jakarta.json.bind.adapter",
            "jakarta.json.bind.annotation",
            "jakarta.json.bind.config",
            "jakarta.json.bind.serializer",
            "jakarta.json.bind.spi",
            "jakarta.ws.rs",
            "jakarta.ws.rs.client",
            "jakarta.ws.rs.core",
            "jakarta.ws.rs.ext",
            "jakarta.mail",
            "jakarta.mail.event",
            "jakarta.mail.internet",
            "jakarta.mail.search",
            "jakarta.mail.util",
            "jakarta.activation");

    private final ClassLoader application;

    SpiOnlyClassLoader(ClassLoader application) {
        super("switchboard-plugin-parent", ClassLoader.getPlatformClassLoader());
        this.application = application;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith("java.") || name.startsWith(REFLECTION_ACCESSORS)) {
            return super.loadClass(name, resolve);
        }
        if (name.startsWith(SPI_PACKAGE) || JAKARTA_APIS.contains(packageOf(name))) {
            return application.loadClass(name);
        }
        // javax.net.ssl, javax.crypto and the like come from the JDK's platform loader, never from the application
        if (name.startsWith("javax.") || name.startsWith("org.w3c.") || name.startsWith("org.xml.")) {
            return super.loadClass(name, resolve);
        }
        throw new ClassNotFoundException(name
                + " is not visible to plugins: they see the JDK, the SPI (io.switchboard.plugin.*) and the Jakarta APIs "
                + JAKARTA_APIS.stream().sorted().toList());
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
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
