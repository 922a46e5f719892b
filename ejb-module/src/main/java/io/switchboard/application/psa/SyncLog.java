package io.switchboard.application.psa;

import io.switchboard.domain.psa.PageTally;
import io.switchboard.domain.psa.PsaSyncRepository;
import io.switchboard.domain.psa.SyncRun;
import io.switchboard.domain.psa.SyncTrigger;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** The sync log, written as a run goes (each step commits at once, so the portal sees the progress). */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SyncLog {

    @Inject
    PsaSyncRepository sync;

    @Inject
    Clock clock;

    public SyncRunView open(long connectionId, SyncTrigger trigger) {
        return SyncRunView.of(sync.add(new SyncRun(connectionId, trigger, clock.instant())));
    }

    public void expect(long runId, long more) {
        sync.run(runId).ifPresent(r -> r.expect(more));
    }

    public void progress(long runId, PageTally tally) {
        sync.run(runId).ifPresent(r -> r.progress(tally));
    }

    public void error(long runId, String message) {
        sync.run(runId).ifPresent(r -> r.error(message));
    }

    /** Moves a board's watermark after a complete pass over it. */
    public void boardPulled(long boardId, Instant newestSeen) {
        sync.board(boardId).ifPresent(b -> b.pulled(newestSeen, clock.instant()));
    }

    public SyncRunView finish(long runId) {
        SyncRun r = sync.run(runId).orElseThrow();
        r.finish(clock.instant());
        return SyncRunView.of(r);
    }

    public SyncRunView abort(long runId, String reason) {
        SyncRun r = sync.run(runId).orElseThrow();
        r.abort(reason, clock.instant());
        return SyncRunView.of(r);
    }
}
