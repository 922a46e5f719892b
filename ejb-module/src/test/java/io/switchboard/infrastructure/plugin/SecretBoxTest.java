package io.switchboard.infrastructure.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    @TempDir
    Path dir;

    private SecretBox box(Optional<String> envKey, Path keyFile) {
        SecretBox box = new SecretBox();
        box.keyFromEnvironment = envKey;
        box.keyFile = keyFile.toString();
        box.init();
        return box;
    }

    @Test
    void sealsSoThatOnlyTheSameKeyAndPropertyOpen() {
        SecretBox box = box(Optional.empty(), dir.resolve("security/key"));
        String sealed = box.seal("password", "hunter2");
        assertFalse(sealed.contains("hunter2"));
        assertNotEquals(sealed, box.seal("password", "hunter2"), "a fresh IV every time");
        assertEquals(Optional.of("hunter2"), box.open("password", sealed));
        assertEquals(Optional.empty(), box.open("token", sealed), "bound to its property name");
        SecretBox other = box(Optional.of(Base64.getEncoder().encodeToString(new byte[32])), dir.resolve("unused"));
        assertEquals(Optional.empty(), other.open("password", sealed), "another key cannot open it");
    }

    @Test
    void createsTheKeyFileOnceWithOwnerOnlyPermissions() throws Exception {
        Path keyFile = dir.resolve("security/switchboard-secrets.key");
        String sealed = box(Optional.empty(), keyFile).seal("secret", "s3");
        assertTrue(Files.exists(keyFile));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(keyFile));
        assertEquals(
                Optional.of("s3"),
                box(Optional.empty(), keyFile).open("secret", sealed),
                "the same key after a restart");
    }
}
