package io.switchboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.application.command.TicketFilter.Assigned;
import io.switchboard.application.count.TicketRangeCounts;
import io.switchboard.application.view.DailyFlow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Finished days are remembered, until the shared stamp says some server's import rewrote them. */
class TicketStatisticsDailyFlowTest {

    private final AtomicLong created = new AtomicLong(5);
    private final AtomicLong stamp = new AtomicLong();
    private final TicketStatistics statistics = new TicketStatistics();

    TicketStatisticsDailyFlowTest() {
        statistics.clock = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);
        statistics.dailyCounts = new DailyCounts(() -> 0L);
        statistics.ranges = new TicketRangeCounts() {
            @Override
            public long overdue(Instant at, Long boardId, Assigned assigned) {
                return 0;
            }

            @Override
            public long resolvedSince(Instant since, Long boardId, Assigned assigned) {
                return 0;
            }

            @Override
            public long createdBetween(Instant from, Instant to, Long boardId, Assigned assigned) {
                return created.get();
            }

            @Override
            public long resolvedBetween(Instant from, Instant to, Long boardId, Assigned assigned) {
                return 0;
            }
        };
        statistics.pastChanges = new PastChanges() {
            @Override
            public long stamp() {
                return stamp.get();
            }

            @Override
            public void rewritten() {
                stamp.incrementAndGet();
            }
        };
    }

    private long yesterday() {
        List<DailyFlow> flow = statistics.dailyFlow(2, ZoneId.of("UTC"), null, Assigned.ALL);
        return flow.get(0).created();
    }

    @Test
    void aFinishedDayIsCountedOnceUntilAnImportAnywhereMovesTheStamp() {
        assertEquals(5, yesterday());
        created.set(9); // another server imported into yesterday
        assertEquals(5, yesterday(), "remembered: the stamp has not moved");
        statistics.pastChanges.rewritten();
        assertEquals(9, yesterday(), "counted again once the stamp moved");
    }
}
