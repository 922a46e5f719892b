package io.switchboard.infrastructure.tally;

import io.switchboard.application.schedule.LeasedTickers;
import io.switchboard.application.schedule.TickSchedule;
import io.switchboard.application.schedule.Ticker;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Folds the tally every second on one server (the leased ticker {@code tally-fold}). A run keeps
 * folding batches until the delta table is drained or its time budget is spent, so the fold keeps
 * up with bulk imports, and readers, which sum the unfolded deltas, stay fast.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TallyFoldTicker {

    /** A run stops starting batches after this, leaving the thread to the next tick. */
    static final Duration RUN_BUDGET = Duration.ofMillis(800);

    @Inject
    TallyFolder folder;

    @Inject
    LeasedTickers tickers;

    private Ticker ticker;

    @PostConstruct
    void start() {
        ticker = tickers.start(TickSchedule.every("tally-fold", Duration.ofSeconds(1)), this::foldBacklog);
    }

    @PreDestroy
    void stop() {
        if (ticker != null) {
            ticker.stop();
        }
    }

    private void foldBacklog() {
        long deadline = System.nanoTime() + RUN_BUDGET.toNanos();
        while (folder.fold() == TallyFolder.BATCH && System.nanoTime() < deadline) {
            // a full batch means more are waiting
        }
    }
}
