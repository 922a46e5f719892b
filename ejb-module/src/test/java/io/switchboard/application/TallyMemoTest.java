package io.switchboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.application.count.Counts;
import io.switchboard.application.count.TallyKey;
import io.switchboard.application.count.TallySnapshot;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TallyMemoTest {

    private static final TallyKey CELL = new TallyKey(1, (short) 2, 0, 0, 0);

    private final TallyMemo memo = new TallyMemo();
    private final AtomicInteger computed = new AtomicInteger();

    private static TallySnapshot snapshot(long generation, long pendingTickets) {
        Map<TallyKey, Counts> pending =
                pendingTickets == 0 ? Map.of() : Map.of(CELL, new Counts(pendingTickets, 0, 0, 0));
        return new TallySnapshot(generation, Map.of(CELL, new Counts(10, 0, 0, 0)), pending);
    }

    private Integer compute() {
        return computed.incrementAndGet();
    }

    @Test
    void theSameCountsGiveTheRememberedValue() {
        assertEquals(1, memo.<Integer>get("all", snapshot(3, 2), this::compute));
        assertEquals(1, memo.<Integer>get("all", snapshot(3, 2), this::compute));
        assertEquals(1, computed.get());
    }

    @Test
    void movedCountsOrAnotherScopeAreComputedAfresh() {
        memo.<Integer>get("all", snapshot(3, 0), this::compute);
        assertEquals(2, memo.<Integer>get("all", snapshot(3, 1), this::compute), "a new unfolded delta");
        assertEquals(3, memo.<Integer>get("all", snapshot(4, 1), this::compute), "a fold");
        assertEquals(4, memo.<Integer>get("board 7", snapshot(4, 1), this::compute), "another scope");
        assertEquals(3, memo.<Integer>get("all", snapshot(4, 1), this::compute), "the first scope is still remembered");
    }
}
