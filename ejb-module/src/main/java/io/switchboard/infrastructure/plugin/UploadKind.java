package io.switchboard.infrastructure.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Says what an uploaded file is when it is not a zip archive, from its first bytes, so that an
 * admin who picked the wrong file reads "not a zip archive: a PDF document" rather than a
 * misleading complaint about a missing manifest.
 */
final class UploadKind {

    private static final int HEAD = 16;

    private UploadKind() {}

    /** Why {@code file} cannot be a jar, or null when it starts as a zip archive does. */
    static String notAZipArchive(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        if (head.length == 0) {
            return "the file is empty, not a jar";
        }
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return null;
        }
        if (startsWith(head, 'P', 'K', 5, 6)) {
            return "an empty zip archive (it holds no files), not a plugin jar";
        }
        return "not a zip archive: the file looks like " + looksLike(head) + "; a plugin is a .jar file";
    }

    private static String looksLike(byte[] head) {
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(head, 0x1f, 0x8b)) {
            return "a gzip-compressed file (a .tar.gz? upload the .jar inside it)";
        }
        if (startsWith(head, 0xca, 0xfe, 0xba, 0xbe)) {
            return "a single Java class file (a plugin is the jar built from it)";
        }
        if (startsWith(head, 0x7f, 'E', 'L', 'F')) {
            return "an executable program";
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.chars().allMatch(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7f))) {
            return text.stripLeading().startsWith("<") ? "an HTML or XML document" : "a text file";
        }
        return "a binary file of an unknown kind";
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
