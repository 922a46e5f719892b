package io.switchboard.application.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ArchiveCheckTest {

    static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static Optional<String> check(String name, byte[] content) {
        return ArchiveCheck.refuse(new MailPart(name, "application/zip", content, null, false));
    }

    @Test
    void anOrdinaryZipIsKept() throws IOException {
        assertEquals(
                Optional.empty(),
                check("logs.zip", zip("log.txt", "line one\nline two\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aZipBombIsRefusedWhateverItsName() throws IOException {
        byte[] bomb = zip("zeros.bin", new byte[20 * 1024 * 1024]);
        assertTrue(bomb.length < 100_000, "20 MB of zeros packs small: " + bomb.length);
        Optional<String> why = check("holiday-photos.dat", bomb);
        assertTrue(why.isPresent() && why.get().contains("zip bomb"), why.toString());
    }

    @Test
    void archivesNestedTooDeepAreRefused() throws IOException {
        byte[] inner = zip("readme.txt", "deep".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < ArchiveCheck.MAX_NESTING; i++) {
            inner = zip("level" + i + ".zip", inner);
        }
        Optional<String> why = check("nested.zip", inner);
        assertTrue(why.isPresent() && why.get().contains("nested"), why.toString());
    }

    @Test
    void archivesNestedWithinTheLimitAreKept() throws IOException {
        byte[] inner = zip("readme.txt", "two levels".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), check("outer.zip", zip("inner.zip", inner)));
    }

    @Test
    void aFileThatOnlyLooksLikeAZipIsKeptAsItIs() {
        assertEquals(Optional.empty(), check("broken.zip", new byte[] {'P', 'K', 3, 4, 1, 2, 3}));
        assertEquals(Optional.empty(), check("notes.txt", "PK is not at the start".getBytes(StandardCharsets.UTF_8)));
    }
}
