package io.switchboard.infrastructure.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginManifestTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotAZipArchiveIsCalledWhatItIs() throws Exception {
        assertReason(
                write("notes.txt", "just some notes\n".getBytes(StandardCharsets.UTF_8)),
                "not a zip archive: the file looks like a text file");
        assertReason(
                write("page.html", "<!doctype html><html>".getBytes(StandardCharsets.UTF_8)),
                "not a zip archive: the file looks like an HTML or XML document");
        assertReason(
                write("doc.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.ISO_8859_1)),
                "not a zip archive: the file looks like a PDF document");
        assertReason(write("p.tar.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0}), "a gzip-compressed file");
        assertReason(write("empty.jar", new byte[0]), "the file is empty, not a jar");
    }

    @Test
    void aZipArchiveWithoutManifestOrPluginHeadersSaysSo() throws Exception {
        Path zip = dir.resolve("plain.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertReason(zip, "a zip archive without META-INF/MANIFEST.MF");

        assertReason(jar("library.jar", null, "1.0"), "manifest has no Plugin-Id header");
        assertReason(jar("Bad.jar", "Not_An_Id", "1.0"), "must be a lowercase id");
    }

    @Test
    void aPluginJarIsReadWithItsDigest() throws Exception {
        Path jar = jar("good.jar", "good-plugin", "1.2.3");
        PluginManifest m = PluginManifest.read(jar);
        assertEquals("good-plugin", m.id());
        assertEquals("1.2.3", m.version());
        assertEquals(PluginManifest.sha256(jar), m.sha256());
        assertEquals(64, m.sha256().length());
    }

    private void assertReason(Path file, String expected) {
        PluginManifest.InvalidPluginJar e =
                assertThrows(PluginManifest.InvalidPluginJar.class, () -> PluginManifest.read(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private Path jar(String name, String id, String version) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (id != null) {
            main.putValue("Plugin-Id", id);
        }
        main.putValue("Plugin-Version", version);
        main.putValue("Plugin-Api-Version", "1.1");
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new ZipEntry("x/Y.class"));
            out.write(new byte[] {1, 2, 3});
        }
        return jar;
    }
}
