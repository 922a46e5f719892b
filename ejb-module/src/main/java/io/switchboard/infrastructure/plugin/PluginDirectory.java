package io.switchboard.infrastructure.plugin;

import io.switchboard.infrastructure.plugin.PluginRegistryStore.DirectoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The plugins directory, the embedded default's way in: a jar dropped in is installed into the
 * database, a replaced one upgrades it, a deleted one removes it; and the directory mirrors the
 * database, so a plugin installed, upgraded or removed anywhere else appears, changes or goes
 * here too. What the directory held at the last reconciliation is kept in the database (under
 * the UUID in its {@code .switchboard-directory} file), which is how a file the admin changed is
 * told apart from one the database changed meanwhile, and why a fresh database imports the
 * directory instead of emptying it.
 */
@ApplicationScoped
class PluginDirectory {

    private static final Logger LOG = Logger.getLogger(PluginDirectory.class.getName());
    static final String MARKER = ".switchboard-directory";
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f-]{36}");

    @Inject
    PluginSettings settings;

    @Inject
    PluginRegistryStore store;

    @Inject
    PluginRuntime runtime;

    @Inject
    PluginJars jars;

    @Inject
    PluginLoader loader;

    private final Map<String, Scanned> stamps = new HashMap<>();

    /** A jar in the directory as last read: its stamp, digest, and manifest or why it has none. */
    private record Scanned(
            String name,
            Path path,
            Object fileKey,
            long size,
            long modified,
            String sha256,
            PluginManifest manifest,
            String error) {}

    /** This directory's identity in the database, created on first use. */
    String id() {
        Path dir = settings.directory();
        Path marker = dir.resolve(MARKER);
        try {
            Files.createDirectories(dir);
            if (Files.isRegularFile(marker)) {
                String id = Files.readString(marker, StandardCharsets.US_ASCII).trim();
                if (UUID_TEXT.matcher(id).matches()) {
                    return id;
                }
            }
            String fresh = UUID.randomUUID().toString();
            Files.writeString(marker, fresh + "\n", StandardCharsets.US_ASCII);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + marker, e);
        }
    }

    /** Imports what the admin changed in the directory, then writes what the database changed into it. */
    synchronized void reconcile() {
        String directoryId = id();
        Map<String, DirectoryFile> before = store.directoryFiles(directoryId).stream()
                .collect(Collectors.toMap(DirectoryFile::fileName, Function.identity()));
        Map<String, Scanned> files = scan();
        Map<String, DirectoryEntry> after = new LinkedHashMap<>();
        Map<String, String> refused = new TreeMap<>();
        Set<String> importedNow = new HashSet<>();
        Map<String, List<String>> namesById = new HashMap<>();
        files.values().stream()
                .filter(f -> f.manifest() != null)
                .forEach(f -> namesById
                        .computeIfAbsent(f.manifest().id(), k -> new ArrayList<>())
                        .add(f.name()));

        for (Scanned f : files.values()) {
            DirectoryFile was = before.get(f.name());
            boolean unchanged = was != null && was.sha256().equals(f.sha256());
            String problem = f.error() != null ? f.error() : duplicate(f, namesById);
            if (problem == null && !unchanged) {
                problem = importFile(f);
                if (problem == null) {
                    importedNow.add(f.manifest().id());
                }
            }
            if (problem != null) {
                refused.put(f.name(), problem);
                if (!unchanged) {
                    store.audit(
                            PluginRuntime.DIRECTORY_ACTOR,
                            "refuse",
                            f.manifest() == null ? null : f.manifest().id(),
                            null,
                            "refused " + f.name() + " from the plugins directory: " + problem,
                            f.sha256());
                    LOG.warning(() -> "Refused " + f.name() + " in the plugins directory: " + refused.get(f.name()));
                }
                after.put(f.name(), new DirectoryEntry(f.name(), f.sha256(), null));
            } else {
                after.put(
                        f.name(),
                        new DirectoryEntry(f.name(), f.sha256(), f.manifest().id()));
            }
        }

        removeDeleted(before, files, importedNow);
        mirror(after, files);
        if (!sameAs(before, after)) {
            store.rememberDirectory(directoryId, after.values());
        }
        runtime.refusedInDirectory(refused);
    }

    private static String duplicate(Scanned f, Map<String, List<String>> namesById) {
        List<String> names = namesById.get(f.manifest().id());
        return names.size() < 2
                ? null
                : names.size() + " jars declare the plugin id '" + f.manifest().id() + "': "
                        + String.join(", ", names.stream().sorted().toList()) + "; remove all but one";
    }

    /** Installs a new or changed file; null when it went in, else why not. */
    private String importFile(Scanned f) {
        try {
            PluginManifest m = runtime.check(f.path());
            runtime.install(f.path(), m, f.name(), PluginRuntime.DIRECTORY_ACTOR);
            return null;
        } catch (PluginRuntime.InvalidUpload e) {
            return e.getMessage();
        }
    }

    /** A file the admin deleted removes its plugin, unless the database moved on to another jar meanwhile. */
    private void removeDeleted(Map<String, DirectoryFile> before, Map<String, Scanned> files, Set<String> importedNow) {
        Map<String, PluginRegistryStore.Row> installed = installed();
        for (DirectoryFile was : before.values()) {
            if (files.containsKey(was.fileName()) || was.pluginId() == null || importedNow.contains(was.pluginId())) {
                continue;
            }
            PluginRegistryStore.Row row = installed.get(was.pluginId());
            if (row != null && row.sha256().equals(was.sha256())) {
                LOG.info(() -> was.fileName() + " was deleted from the plugins directory: removing " + row.id());
                runtime.remove(row.id(), PluginRuntime.DIRECTORY_ACTOR);
            }
        }
    }

    /** Writes installed plugins the directory lacks or holds in another version, deletes files of removed ones. */
    private void mirror(Map<String, DirectoryEntry> after, Map<String, Scanned> files) {
        Map<String, PluginRegistryStore.Row> installed = installed();
        Map<String, String> fileById = new HashMap<>();
        Set<String> claimed = new HashSet<>();
        after.values().forEach(e -> {
            if (e.pluginId() != null) {
                fileById.put(e.pluginId(), e.fileName());
            }
        });
        files.values().stream()
                .filter(f -> f.manifest() != null)
                .forEach(f -> claimed.add(f.manifest().id()));
        for (PluginRegistryStore.Row row : installed.values()) {
            String name = fileById.get(row.id());
            if (name == null) {
                if (claimed.contains(row.id())) {
                    continue; // a refused file of the admin's declares this id: leave it for them to sort out
                }
                name = row.fileName() != null && !files.containsKey(row.fileName())
                        ? row.fileName()
                        : row.id() + ".jar";
                if (files.containsKey(name)) {
                    continue;
                }
            } else if (after.get(name).sha256().equals(row.sha256())) {
                continue;
            }
            if (write(row, name)) {
                after.put(name, new DirectoryEntry(name, row.sha256(), row.id()));
            }
        }
        for (DirectoryEntry e : List.copyOf(after.values())) {
            if (e.pluginId() != null && !installed.containsKey(e.pluginId())) {
                LOG.info(() -> e.pluginId() + " was removed: deleting " + e.fileName() + " from the plugins directory");
                PluginJars.deleteQuietly(settings.directory().resolve(e.fileName()));
                after.remove(e.fileName());
            }
        }
    }

    private boolean write(PluginRegistryStore.Row row, String name) {
        Path dir = settings.directory();
        Path part = dir.resolve("." + name + "." + UUID.randomUUID() + ".part");
        try {
            Files.copy(jars.localCopy(row.id(), row.sha256()), part);
            Files.move(part, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info(() -> "Wrote " + row.id() + " " + row.version() + " into the plugins directory as " + name);
            return true;
        } catch (IOException | PluginLoader.LoadFailed e) {
            PluginJars.deleteQuietly(part);
            LOG.log(Level.WARNING, "Cannot write " + row.id() + " into the plugins directory: " + e.getMessage());
            return false;
        }
    }

    private Map<String, PluginRegistryStore.Row> installed() {
        return store.installed().stream().collect(Collectors.toMap(PluginRegistryStore.Row::id, Function.identity()));
    }

    private static boolean sameAs(Map<String, DirectoryFile> before, Map<String, DirectoryEntry> after) {
        if (before.size() != after.size()) {
            return false;
        }
        for (DirectoryEntry e : after.values()) {
            DirectoryFile was = before.get(e.fileName());
            if (was == null || !was.sha256().equals(e.sha256()) || !Objects.equals(was.pluginId(), e.pluginId())) {
                return false;
            }
        }
        return true;
    }

    /** The jars in the directory, read again only when their size, time or inode changed. */
    private Map<String, Scanned> scan() {
        Path dir = settings.directory();
        Map<String, Scanned> out = new TreeMap<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, "*.jar")) {
            for (Path jar : found) {
                String name = jar.getFileName().toString();
                if (name.startsWith(".") || !Files.isRegularFile(jar)) {
                    continue;
                }
                BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
                Scanned cached = stamps.get(name);
                if (cached != null
                        && Objects.equals(cached.fileKey(), a.fileKey())
                        && cached.size() == a.size()
                        && cached.modified() == a.lastModifiedTime().toMillis()) {
                    out.put(name, cached);
                    continue;
                }
                out.put(name, read(name, jar, a));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the plugins directory " + dir, e);
        }
        stamps.keySet().retainAll(out.keySet());
        stamps.putAll(out);
        return out;
    }

    private Scanned read(String name, Path jar, BasicFileAttributes a) {
        long modified = a.lastModifiedTime().toMillis();
        try {
            PluginManifest m = loader.inspect(jar);
            return new Scanned(name, jar, a.fileKey(), a.size(), modified, m.sha256(), m, null);
        } catch (PluginLoader.LoadFailed e) {
            return new Scanned(
                    name, jar, a.fileKey(), a.size(), modified, PluginJars.digest(jar), null, e.getMessage());
        }
    }
}
