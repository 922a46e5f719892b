package io.switchboard.application.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks inside a zip attachment before it is kept: a zip bomb (unpacking to far more than it
 * weighs), one that unpacks to too much in all, too many entries, or archives nested too deep
 * is left off the ticket with the reason (the raw message still has it). Reading stops at the
 * first limit crossed, so checking a bomb costs no more than the limit.
 */
final class ArchiveCheck {

    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
    static final long MAX_RATIO = 100;
    static final int MAX_ENTRIES = 10_000;
    static final int MAX_NESTING = 3;

    private ArchiveCheck() {}

    /** Why the file must be left out, or empty when it may be kept (including anything that is not a zip). */
    static Optional<String> refuse(MailPart part) {
        if (!isZip(part.content())) {
            return Optional.empty();
        }
        try {
            return new Scan(part.content().length).archive(part.content(), 1);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not a readable zip after all: kept as the file it is
        }
    }

    /** By its first bytes, whatever its name says (a bomb renamed to .dat is still a bomb). */
    static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** Counts across every nested archive of one attachment. */
    private static final class Scan {
        private final long packed;
        private long unpacked;
        private int entries;

        Scan(long packed) {
            this.packed = Math.max(1, packed);
        }

        Optional<String> archive(byte[] zip, int depth) throws IOException {
            if (depth > MAX_NESTING) {
                return Optional.of("archives nested deeper than " + MAX_NESTING + " levels");
            }
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    if (++entries > MAX_ENTRIES) {
                        return Optional.of("more than " + MAX_ENTRIES + " entries");
                    }
                    if (e.isDirectory()) {
                        continue;
                    }
                    Optional<String> why = entry(in, e.getName(), depth);
                    if (why.isPresent()) {
                        return why;
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<String> entry(InputStream in, String name, int depth) throws IOException {
            boolean nested = name.toLowerCase(Locale.ROOT).endsWith(".zip");
            ByteArrayOutputStream kept = nested ? new ByteArrayOutputStream() : null;
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                unpacked += n;
                if (unpacked > MAX_UNPACKED_BYTES) {
                    return Optional.of("unpacks to more than " + MAX_UNPACKED_BYTES + " bytes");
                }
                if (unpacked > 1024 * 1024 && unpacked / packed > MAX_RATIO) {
                    return Optional.of("unpacks to more than " + MAX_RATIO + " times its size (a zip bomb)");
                }
                if (kept != null) {
                    kept.write(buf, 0, n);
                }
            }
            return kept == null ? Optional.empty() : archive(kept.toByteArray(), depth + 1);
        }
    }
}
