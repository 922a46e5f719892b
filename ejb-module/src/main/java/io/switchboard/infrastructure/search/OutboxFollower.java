package io.switchboard.infrastructure.search;

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
 * Keeps this server's Lucene index in step with the outbox: a ticker on every server (each has
 * its own index), once a second. On PostgreSQL there is none: the database keeps its own.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxFollower {

    /** Events taken in per read. */
    static final int BACKLOG = 2000;

    /**
     * How far back, by time, each tick reads events again: an event can commit with a lower
     * position than one already taken in (ids are handed out in blocks, per server), and a
     * transaction that takes longer than this to commit is found only by a rebuild.
     */
    static final Duration LOOK_BACK = Duration.ofMinutes(2);

    @Inject
    LuceneTicketIndex index;

    @Inject
    LeasedTickers tickers;

    @Inject
    SearchEngines engines;

    private Ticker ticker;

    @PostConstruct
    void start() {
        if (!engines.usesLucene()) {
            return; // PostgreSQL's index is kept by the database itself
        }
        ticker = tickers.start(
                TickSchedule.every("search-index", Duration.ofSeconds(1)).onEveryServer(), index::follow);
    }

    @PreDestroy
    void stop() {
        if (ticker != null) {
            ticker.stop();
        }
    }
}
