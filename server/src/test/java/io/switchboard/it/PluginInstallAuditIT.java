package io.switchboard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Every refused upload is in the plugin audit as an install is: who, when, the reason the admin
 * was given and the file's SHA-256. The reason says what the file is.
 */
class PluginInstallAuditIT {

    @Test
    void aTextFileIsRefusedAsNotAZipArchiveAndAudited() {
        byte[] text = ("release notes " + System.nanoTime() + "\n").getBytes(StandardCharsets.UTF_8);
        JsonObject entry = refusedAndAudited(text, "notes.jar", "not a zip archive: the file looks like a text file");
        assertTrue(!entry.getString("detail").contains("MANIFEST"), entry.toString());
    }

    @Test
    void aZipWithoutManifestIsRefusedAsSuchAndAudited() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme-" + System.nanoTime() + ".txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        refusedAndAudited(bytes.toByteArray(), "archive.jar", "a zip archive without META-INF/MANIFEST.MF");
    }

    @Test
    void aJarWithABadManifestIsRefusedAndAudited() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Implementation-Title", "a library " + System.nanoTime());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new ZipEntry("lib/Thing.class"));
            jar.write(new byte[] {(byte) 0xca, (byte) 0xfe});
        }
        refusedAndAudited(bytes.toByteArray(), "library.jar", "manifest has no Plugin-Id header");
    }

    @Test
    void aJarForAnotherApiMajorIsRefusedAndAuditedUnderItsPluginId() {
        String id = PluginJars.uniqueId("future");
        byte[] jar = PluginJars.as(PluginJars.API2, id, "3.0.0");
        JsonObject entry = refusedAndAudited(jar, "future.jar", "built for plugin API 2.0");
        assertEquals(id, entry.getString("plugin"), entry.toString());
    }

    /** Uploads, expects a 422 saying {@code reason}, and finds the audit entry for exactly this file. */
    private static JsonObject refusedAndAudited(byte[] content, String fileName, String reason) {
        Api.Reply r = Plugins.install(content, fileName);
        assertEquals(422, r.status(), r.toString());
        assertTrue(r.isProblem(), r.toString());
        assertTrue(r.json().getString("detail").contains(reason), r.toString());

        String sha = PluginJars.sha256(content);
        for (JsonValue v :
                Plugins.ADMIN.get("/api/v1/plugins/audit?pageSize=200").json().getJsonArray("items")) {
            JsonObject entry = v.asJsonObject();
            if (sha.equals(entry.getString("sha256", null))) {
                assertEquals("install-refused", entry.getString("action"), entry.toString());
                assertEquals("admin", entry.getString("actor"), entry.toString());
                assertTrue(entry.getString("detail").contains(reason), entry.toString());
                return entry;
            }
        }
        throw new AssertionError("no audit entry for the refused upload " + sha);
    }
}
