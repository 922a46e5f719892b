package io.switchboard.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The IT server's messages.log, read from a mark: what a stretch of a test made the server write. */
final class ServerLog {

    private static final Path FILE = Path.of(
            System.getProperty("switchboard.it.wlp"),
            "usr/servers",
            System.getProperty("switchboard.it.server"),
            "logs/messages.log");
    private final long mark;

    private ServerLog(long mark) {
        this.mark = mark;
    }

    static ServerLog mark() {
        try {
            return new ServerLog(Files.size(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What was written since the mark (empty if the log rolled over: the test then fails on size instead). */
    String sinceMark() {
        try {
            byte[] all = Files.readAllBytes(FILE);
            return all.length < mark
                    ? ""
                    : new String(all, (int) mark, all.length - (int) mark, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long bytesSinceMark() {
        try {
            return Files.size(FILE) - mark;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
