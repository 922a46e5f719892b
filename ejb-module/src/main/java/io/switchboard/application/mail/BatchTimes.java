package io.switchboard.application.mail;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Where one batch of a mailbox's drain spent its time (listing, download, storing raw, making
 * tickets, acknowledging), for the batch's log line: the benchmark reads it to say where the
 * time goes.
 */
final class BatchTimes {

    enum Step {
        LIST,
        FETCH,
        STORE,
        PROCESS,
        ACKNOWLEDGE
    }

    private final Map<Step, Long> nanos = new EnumMap<>(Step.class);
    private final long started = System.nanoTime();
    private long mark = started;

    /** The time since the last mark (or the start) goes to {@code step}. */
    void lap(Step step) {
        long now = System.nanoTime();
        nanos.merge(step, now - mark, Long::sum);
        mark = now;
    }

    /** "1234 ms: list 3, fetch 420, store 180, process 600, acknowledge 31". */
    String summary() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms: "
                + nanos.entrySet().stream()
                        .map(e -> e.getKey().name().toLowerCase() + " " + TimeUnit.NANOSECONDS.toMillis(e.getValue()))
                        .collect(Collectors.joining(", "));
    }
}
