package io.switchboard.application.psa;

import io.switchboard.domain.psa.SyncRun;
import java.time.Instant;
import java.util.List;

/** A sync log entry as the API and the portal show it; {@code percent} drives the progress bar. */
public record SyncRunView(
        long id,
        long connectionId,
        String trigger,
        String state,
        Instant startedAt,
        Instant finishedAt,
        long expected,
        long processed,
        long created,
        long updated,
        long failed,
        long pages,
        int percent,
        List<String> errors) {

    static SyncRunView of(SyncRun r) {
        int percent =
                !r.isRunning() ? 100 : r.expected() <= 0 ? 0 : (int) Math.min(99, r.processed() * 100 / r.expected());
        return new SyncRunView(
                r.id(),
                r.connectionId(),
                r.trigger().name(),
                r.state().name(),
                r.startedAt(),
                r.finishedAt(),
                r.expected(),
                r.processed(),
                r.created(),
                r.updated(),
                r.failed(),
                r.pages(),
                percent,
                r.errorList());
    }
}
