package io.switchboard.infrastructure.plugin;

import io.switchboard.plugin.PluginFactory;
import io.switchboard.plugin.notify.NotifierFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Loads one version of a plugin: copies the jar aside, checks its manifest and API version, gives
 * it a class loader of its own and instantiates its factories, all on a plugin thread with a
 * timeout (a static initialiser can hang as well as any method).
 */
@ApplicationScoped
class PluginLoader {

    private static final Pattern FACTORY_ID = Pattern.compile("[a-z][a-z0-9.-]{0,62}");

    @Inject
    Containment containment;

    @Inject
    PluginSettings settings;

    private volatile SpiOnlyClassLoader parent;

    /** A failure to load, with the reason for the admin. */
    static final class LoadFailed extends Exception {
        private static final long serialVersionUID = 1L;

        LoadFailed(String message) {
            super(message, null, false, false);
        }
    }

    PluginGeneration load(Path jar) throws LoadFailed {
        Path copy = copyAside(jar);
        PluginManifest manifest;
        try {
            manifest = PluginManifest.read(copy);
        } catch (PluginManifest.InvalidPluginJar e) {
            delete(copy);
            throw new LoadFailed(e.getMessage());
        }
        String incompatible = manifest.incompatibility();
        if (incompatible != null) {
            delete(copy);
            throw new LoadFailed(incompatible);
        }
        PluginClassLoader loader;
        try {
            loader = new PluginClassLoader(
                    manifest.id() + "@" + manifest.version(), copy.toUri().toURL(), parent());
        } catch (IOException e) {
            delete(copy);
            throw new LoadFailed("cannot open the jar: " + e.getMessage());
        }
        Map<String, PluginFactory<?>> factories = new HashMap<>();
        List<FactoryInfo> infos = new ArrayList<>();
        try {
            String problem = containment.call(
                    "plugin:" + manifest.id(),
                    settings.loadTimeout(),
                    () -> OnPluginLoader.call(loader, () -> discover(loader, factories, infos)));
            if (problem != null) {
                throw new LoadFailed(problem);
            }
        } catch (PluginCallFailed e) {
            closeQuietly(loader, copy);
            throw new LoadFailed("loading failed: " + e.getMessage());
        } catch (LoadFailed e) {
            closeQuietly(loader, copy);
            throw e;
        }
        return new PluginGeneration(manifest, copy, loader, factories, infos, containment::detached);
    }

    /** Reads the manifest of a jar that is not loaded yet (an upload being checked). */
    PluginManifest inspect(Path jar) throws LoadFailed {
        try {
            return PluginManifest.read(jar);
        } catch (PluginManifest.InvalidPluginJar e) {
            throw new LoadFailed(e.getMessage());
        }
    }

    /** Finds and instantiates every factory; returns a problem for the admin, or null. */
    private static String discover(
            ClassLoader loader, Map<String, PluginFactory<?>> factories, List<FactoryInfo> infos) {
        for (PluginKind kind : PluginKind.values()) {
            for (ServiceLoader.Provider<? extends PluginFactory<?>> provider :
                    ServiceLoader.load(kind.factoryType(), loader).stream().toList()) {
                PluginFactory<?> factory = provider.get();
                String id = factory.id();
                if (id == null || !FACTORY_ID.matcher(id).matches()) {
                    return provider.type().getSimpleName() + " has an invalid id '" + id
                            + "' (lowercase letters, digits, '.', '-')";
                }
                if (factories.putIfAbsent(PluginGeneration.key(kind, id), factory) != null) {
                    return "two " + kind.key() + " factories have the id '" + id + "'";
                }
                String channel =
                        factory instanceof NotifierFactory n ? n.channel().orElse(null) : null;
                infos.add(new FactoryInfo(
                        kind,
                        id,
                        String.valueOf(factory.displayName()),
                        String.valueOf(factory.description()),
                        List.copyOf(factory.configProperties()),
                        channel));
            }
        }
        return factories.isEmpty()
                ? "the jar lists no factory in META-INF/services (for example META-INF/services/"
                        + NotifierFactory.class.getName() + ")"
                : null;
    }

    private Path copyAside(Path jar) throws LoadFailed {
        try {
            Files.createDirectories(settings.cacheDirectory());
            Path copy = settings.cacheDirectory().resolve(UUID.randomUUID() + ".jar");
            Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new LoadFailed("cannot copy the jar into " + settings.cacheDirectory() + ": " + e.getMessage());
        }
    }

    private SpiOnlyClassLoader parent() {
        if (parent == null) {
            parent = new SpiOnlyClassLoader(PluginLoader.class.getClassLoader());
        }
        return parent;
    }

    private static void closeQuietly(PluginClassLoader loader, Path copy) {
        OnPluginLoader.release(loader);
        try {
            loader.close();
        } catch (IOException e) {
            // nothing more to do: the copy is deleted below
        }
        delete(copy);
    }

    private static void delete(Path copy) {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            // a stray copy in the cache directory is harmless; the next start clears it
        }
    }
}
