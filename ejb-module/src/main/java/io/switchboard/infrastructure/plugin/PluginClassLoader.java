package io.switchboard.infrastructure.plugin;

import java.net.URL;
import java.net.URLClassLoader;

/** One plugin version's classes: child-first for everything in its jar, the SPI and the JDK from the parent. */
final class PluginClassLoader extends URLClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    PluginClassLoader(String name, URL jar, ClassLoader parent) {
        super(name, new URL[] {jar}, parent);
    }
}
