package io.switchboard.infrastructure.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.application.schedule.TickSchedule;
import io.switchboard.application.schedule.TickWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Two or three "servers" share one lease table and one manual clock, and take turns exactly as the database lets them. */
class RunningTickerTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final Clock wall = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    private final TableInMemory table = new TableInMemory();
    private final TickSchedule schedule = TickSchedule.every("outbox-dispatcher", Duration.ofMillis(500));
    private final List<String> ran = new ArrayList<>();

    private RunningTicker server(String name) {
        return server(name, tick -> ran.add(name));
    }

    private RunningTicker server(String name, TickWork work) {
        return new RunningTicker(schedule, work, table, name, now::get, wall);
    }

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    /** Each server ticks once per interval, as the executor would. */
    private void runFor(Duration d, RunningTicker... servers) {
        long until = now.get() + d.toNanos();
        while (now.get() < until) {
            for (RunningTicker s : servers) {
                s.tick();
            }
            advance(schedule.every());
        }
    }

    @Test
    void ofTwoServersOnlyTheHolderTicksAndItKeepsTheLeaseByRenewingIt() {
        RunningTicker a = server("a");
        RunningTicker b = server("b");
        runFor(Duration.ofMinutes(2), a, b);
        assertEquals(240, ran.size());
        assertTrue(ran.stream().allMatch("a"::equals), "only the first claimant ran: " + ran.subList(0, 5));
        assertEquals(1, a.term());
        assertTrue(a.heldHere());
        assertFalse(b.heldHere());
        assertTrue(table.renewals > 5, "the lease was renewed as it went, " + table.renewals + " times");
    }

    @Test
    void whenTheHolderDiesAnotherServerTakesOverOnlyAfterItsLeaseRunsOutAndWithinTheBound() {
        RunningTicker a = server("a");
        RunningTicker b = server("b");
        runFor(Duration.ofSeconds(10), a, b);
        long died = now.get();
        ran.clear();
        // a is killed: it never ticks again and never hands its lease back
        long first = -1;
        long until = now.get() + schedule.takeoverWithin().plusSeconds(1).toNanos();
        while (now.get() < until && first < 0) {
            b.tick();
            if (!ran.isEmpty()) {
                first = now.get();
            }
            advance(schedule.every());
        }
        assertTrue(first > 0, "b never took over");
        Duration idle = Duration.ofNanos(first - died);
        assertTrue(idle.compareTo(Duration.ofSeconds(5)) > 0, "b took over while a's lease still ran: " + idle);
        assertTrue(
                idle.compareTo(schedule.takeoverWithin()) <= 0,
                "took " + idle + ", bound " + schedule.takeoverWithin());
        assertEquals(2, b.term(), "a new holder, a new term");
    }

    @Test
    void aHolderThatStallsPastItsLeaseDoesNotTickOnceAnotherServerHasTakenOver() {
        RunningTicker a = server("a");
        RunningTicker b = server("b");
        runFor(Duration.ofSeconds(3), a, b);
        // a stalls (a long GC pause): only b ticks, long enough for a's lease to run out and b to claim it
        runFor(schedule.takeoverWithin(), b);
        assertTrue(b.heldHere());
        ran.clear();
        runFor(Duration.ofSeconds(30), a, b);
        assertTrue(ran.stream().allMatch("b"::equals), "a ran after losing its lease: " + ran);
        assertFalse(a.heldHere());
    }

    @Test
    void aLongTickThatRenewsLearnsWhenItHasLostTheLease() {
        List<Boolean> answers = new ArrayList<>();
        RunningTicker[] other = new RunningTicker[1];
        RunningTicker a = server("a", tick -> {
            answers.add(tick.renew());
            // the tick stalls past its lease; meanwhile b takes the name
            advance(schedule.lease().plusSeconds(1));
            runFor(schedule.standbyCheck().plus(schedule.every()), other[0]);
            answers.add(tick.renew());
        });
        other[0] = server("b");
        a.tick();
        assertEquals(List.of(true, false), answers);
        assertTrue(other[0].heldHere());
    }

    @Test
    void aServerThatStopsHandsItsLeaseBackAndTheOtherTakesOverAtTheNextStandbyCheck() {
        RunningTicker a = server("a");
        RunningTicker b = server("b");
        runFor(Duration.ofSeconds(5), a, b);
        a.stop();
        ran.clear();
        runFor(schedule.standbyCheck().plus(schedule.every()), a, b);
        assertFalse(ran.isEmpty(), "b did not take over after a handed the lease back");
        assertTrue(ran.stream().allMatch("b"::equals));
    }

    @Test
    void aTickThatThrowsIsCountedAndTheNextOneRunsAsPlanned() {
        int[] calls = {0};
        RunningTicker a = server("a", tick -> {
            if (calls[0]++ % 2 == 0) {
                throw new IllegalStateException("boom");
            }
        });
        runFor(Duration.ofSeconds(5), a);
        assertEquals(10, calls[0]);
        assertEquals(5, a.failures());
        assertEquals(10, a.runs());
        assertEquals("boom", a.lastError());
        assertTrue(a.recent().get(1).failed());
    }

    @Test
    void theDatabaseBeingUnreachableStopsTheTicksUntilTheLeaseCanBeClaimedAgain() {
        RunningTicker a = server("a");
        runFor(Duration.ofSeconds(2), a);
        table.down = true;
        ran.clear();
        runFor(Duration.ofSeconds(20), a);
        assertTrue(ran.size() < 12, "ticked on for " + ran.size() + " ticks without a lease");
        table.down = false;
        runFor(Duration.ofSeconds(5), a);
        assertTrue(a.heldHere());
        assertEquals(1, a.term(), "the same holder keeps its term");
    }

    @Test
    void aTickerOnEveryServerRunsEverywhereWithoutALease() {
        TickSchedule local = schedule.onEveryServer();
        RunningTicker a = new RunningTicker(local, tick -> ran.add("a"), table, "a", now::get, wall);
        RunningTicker b = new RunningTicker(local, tick -> ran.add("b"), table, "b", now::get, wall);
        runFor(Duration.ofSeconds(1), a, b);
        assertEquals(List.of("a", "b", "a", "b"), ran);
        assertEquals(0, table.rows.size());
    }

    @Test
    void scheduleNamesAndLeasesAreChecked() {
        assertEquals(
                Duration.ofSeconds(15),
                TickSchedule.every("x", Duration.ofSeconds(1)).lease());
        assertEquals(
                Duration.ofSeconds(90),
                TickSchedule.every("x", Duration.ofSeconds(30)).lease());
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> TickSchedule.every("Mail Poll", Duration.ofSeconds(1)));
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> TickSchedule.every("x", Duration.ofSeconds(20)).leasedFor(Duration.ofSeconds(10)));
    }

    /** The lease table's rules, timed on the same manual clock the servers read. */
    private final class TableInMemory implements Leases {
        final Map<String, Holder> rows = new HashMap<>();
        int renewals;
        boolean down;

        private long expiry(long seconds) {
            return now.get() + Duration.ofSeconds(seconds).toNanos();
        }

        @Override
        public OptionalLong claim(String name, String owner, long seconds) {
            check();
            Holder h = rows.get(name);
            long at = now.get();
            if (h == null) {
                rows.put(name, new Holder(name, owner, 1, Instant.ofEpochSecond(0, expiry(seconds))));
                return OptionalLong.of(1);
            }
            boolean free = h.owner() == null
                    || h.owner().equals(owner)
                    || h.expiresAt().isBefore(Instant.ofEpochSecond(0, at));
            if (!free) {
                return OptionalLong.empty();
            }
            long term = owner.equals(h.owner()) ? h.term() : h.term() + 1;
            rows.put(name, new Holder(name, owner, term, Instant.ofEpochSecond(0, expiry(seconds))));
            return OptionalLong.of(term);
        }

        @Override
        public boolean renew(String name, String owner, long term, long seconds) {
            check();
            Holder h = rows.get(name);
            if (h == null || !owner.equals(h.owner()) || h.term() != term) {
                return false;
            }
            renewals++;
            rows.put(name, new Holder(name, owner, term, Instant.ofEpochSecond(0, expiry(seconds))));
            return true;
        }

        @Override
        public void release(String name, String owner) {
            Holder h = rows.get(name);
            if (h != null && owner.equals(h.owner())) {
                rows.put(name, new Holder(name, null, h.term(), Instant.EPOCH));
            }
        }

        @Override
        public List<Holder> holders() {
            return List.copyOf(rows.values());
        }

        private void check() {
            if (down) {
                throw new IllegalStateException("connection refused");
            }
        }
    }
}
