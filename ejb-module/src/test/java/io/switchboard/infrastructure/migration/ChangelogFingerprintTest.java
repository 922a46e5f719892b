package io.switchboard.infrastructure.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Liquibase is skipped only while every byte it would read is the same as at the last run. */
class ChangelogFingerprintTest {

    private static final String MASTER = "db/changelog/db.changelog-master.xml";

    @TempDir
    Path root;

    private Optional<String> fingerprint(String contexts) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            return ChangelogFingerprint.of(MASTER, contexts, "4.33.0", loader);
        }
    }

    private void write(String name, String content) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void twoChangelogs() throws IOException {
        write(
                MASTER,
                "<databaseChangeLog><include file=\"db/changelog/001-a.xml\"/>\n"
                        + "<include file=\"db/changelog/002-b.xml\"/></databaseChangeLog>");
        write("db/changelog/001-a.xml", "<changeSet id=\"a\"/>");
        write("db/changelog/002-b.xml", "<changeSet id=\"b\"/>");
    }

    @Test
    void theSameChangelogsGiveTheSameFingerprint() throws IOException {
        twoChangelogs();
        assertEquals(fingerprint("demo"), fingerprint("demo"));
        assertTrue(fingerprint("demo").orElseThrow().matches("[0-9a-f]{64}"));
    }

    @Test
    void anEditedIncludedChangelogChangesIt() throws IOException {
        twoChangelogs();
        Optional<String> before = fingerprint("demo");
        write("db/changelog/002-b.xml", "<changeSet id=\"b\"><sql>x</sql></changeSet>");
        assertNotEquals(before, fingerprint("demo"));
    }

    @Test
    void aNewChangelogOtherContextsOrAnotherLiquibaseChangeIt() throws IOException {
        twoChangelogs();
        Optional<String> before = fingerprint("demo");
        assertNotEquals(before, fingerprint("prod"));
        write(
                MASTER,
                "<databaseChangeLog><include file=\"db/changelog/001-a.xml\"/>\n"
                        + "<include file=\"db/changelog/002-b.xml\"/><include file=\"db/changelog/003-c.xml\"/></databaseChangeLog>");
        write("db/changelog/003-c.xml", "<changeSet id=\"c\"/>");
        assertNotEquals(before, fingerprint("demo"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            assertNotEquals(
                    ChangelogFingerprint.of(MASTER, "demo", "4.33.0", loader),
                    ChangelogFingerprint.of(MASTER, "demo", "4.34.0", loader));
        }
    }

    @Test
    void aMissingChangelogGivesNoFingerprintSoLiquibaseRunsAndReportsIt() throws IOException {
        twoChangelogs();
        Files.delete(root.resolve("db/changelog/002-b.xml"));
        assertEquals(Optional.empty(), fingerprint("demo"));
    }

    @Test
    void theRealChangelogsHaveAFingerprint() {
        assertTrue(ChangelogFingerprint.of(MASTER, "demo", "4.33.0", getClass().getClassLoader())
                .isPresent());
    }
}
