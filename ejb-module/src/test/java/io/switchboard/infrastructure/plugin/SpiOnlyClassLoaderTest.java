package io.switchboard.infrastructure.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.plugin.PluginFactory;
import org.junit.jupiter.api.Test;

class SpiOnlyClassLoaderTest {

    private final SpiOnlyClassLoader loader = new SpiOnlyClassLoader(SpiOnlyClassLoaderTest.class.getClassLoader());

    @Test
    void showsTheJdkAndTheSpi() throws Exception {
        assertEquals(String.class, loader.loadClass("java.lang.String"));
        assertEquals(PluginFactory.class, loader.loadClass(PluginFactory.class.getName()));
        assertEquals(javax.net.ssl.SSLContext.class, loader.loadClass("javax.net.ssl.SSLContext"));
    }

    /** A plugin's class, loaded by a child of the SPI-only parent as the host loads plugin jars. */
    public static final class Reflected {
        public Reflected() {}
    }

    @Test
    void aPluginClassSurvivesTheJdkInflatingItsReflectiveConstructor() throws Exception {
        java.net.URL classes =
                Reflected.class.getProtectionDomain().getCodeSource().getLocation();
        try (var plugin = new java.net.URLClassLoader(new java.net.URL[] {classes}, loader)) {
            Class<?> reflected = plugin.loadClass(Reflected.class.getName());
            assertEquals(plugin, reflected.getClassLoader());
            // past the JDK's inflation threshold (15) a generated accessor is defined next to the class
            for (int i = 0; i < 50; i++) {
                reflected.getConstructor().newInstance();
            }
        }
    }

    @Test
    void hidesTheCoreAndItsLibraries() {
        assertThrows(ClassNotFoundException.class, () -> loader.loadClass(PluginRuntime.class.getName()));
        assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.jsoup.Jsoup"));
        assertThrows(ClassNotFoundException.class, () -> loader.loadClass("liquibase.Liquibase"));
    }

    @Test
    void showsTheDocumentedJakartaApisOnly() throws Exception {
        assertEquals(jakarta.json.Json.class, loader.loadClass("jakarta.json.Json"));
        assertEquals(jakarta.ws.rs.client.Client.class, loader.loadClass("jakarta.ws.rs.client.Client"));
        for (String container : new String[] {
            "jakarta.enterprise.inject.spi.CDI",
            "jakarta.inject.Inject",
            "jakarta.ejb.EJBContext",
            "jakarta.persistence.EntityManager",
            "jakarta.transaction.UserTransaction",
            "jakarta.annotation.Resource"
        }) {
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass(container), container);
        }
    }

    @Test
    void showsNoResourcesSoAPluginFindsOnlyItsOwnServices() throws Exception {
        assertNull(loader.getResource("META-INF/services/io.switchboard.plugin.notify.NotifierFactory"));
        assertFalse(loader.getResources("META-INF/MANIFEST.MF").hasMoreElements());
    }
}
