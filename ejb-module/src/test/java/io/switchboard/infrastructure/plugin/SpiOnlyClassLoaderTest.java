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

    @Test
    void hidesTheCoreAndItsLibraries() {
        assertThrows(ClassNotFoundException.class, () -> loader.loadClass(PluginRuntime.class.getName()));
        assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.jsoup.Jsoup"));
        assertThrows(ClassNotFoundException.class, () -> loader.loadClass("liquibase.Liquibase"));
    }

    @Test
    void showsNoResourcesSoAPluginFindsOnlyItsOwnServices() throws Exception {
        assertNull(loader.getResource("META-INF/services/io.switchboard.plugin.notify.NotifierFactory"));
        assertFalse(loader.getResources("META-INF/MANIFEST.MF").hasMoreElements());
    }
}
