package io.switchboard.infrastructure.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SubscriberLaneTest {

    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    private static List<DeliveryLedger.Due> batch(int size) {
        return LongStream.rangeClosed(1, size)
                .mapToObj(id -> new DeliveryLedger.Due(id, id, "e" + id, "ticket.created", "s", 0))
                .toList();
    }

    @Test
    void runsABatchOnSeveralRunnersAndTakesNoOtherMeanwhile() throws Exception {
        SubscriberLane lane = new SubscriberLane("s");
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch inside = new CountDownLatch(3);
        Set<Long> delivered = ConcurrentHashMap.newKeySet();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger finished = new AtomicInteger();
        assertTrue(lane.start(
                batch(8),
                3,
                workers,
                runners(
                        due -> {
                            threads.add(Thread.currentThread().getName());
                            inside.countDown();
                            awaitQuietly(release);
                            delivered.add(due.id());
                            return true;
                        },
                        finished),
                rest -> {},
                null));
        assertFalse(lane.isIdle());
        assertFalse(
                lane.start(batch(2), 3, workers, runners(due -> true, finished), rest -> {}, null),
                "one batch at a time");
        assertTrue(inside.await(10, TimeUnit.SECONDS), "three runners deliver at once");
        release.countDown();
        awaitIdle(lane);
        assertEquals(8, delivered.size());
        assertEquals(3, threads.size(), "three runners: " + threads);
        assertEquals(3, finished.get(), "each runner finished once");
    }

    @Test
    void aRefusalHandsTheRestOfTheBatchBackAtOnce() throws Exception {
        SubscriberLane lane = new SubscriberLane("s");
        Set<Long> tried = ConcurrentHashMap.newKeySet();
        Set<Long> heldBack = ConcurrentHashMap.newKeySet();
        CountDownLatch nextTaken = new CountDownLatch(1);
        lane.start(
                batch(10),
                1,
                workers,
                runners(
                        due -> {
                            tried.add(due.id());
                            return due.id() < 3; // the third is refused
                        },
                        new AtomicInteger()),
                rest -> rest.forEach(d -> heldBack.add(d.id())),
                () -> nextTaken.countDown());
        awaitIdle(lane);
        assertEquals(Set.of(1L, 2L, 3L), tried);
        assertEquals(7, heldBack.size(), "4 to 10 wait without being tried: " + heldBack);
        assertEquals(1, nextTaken.getCount(), "a lane whose batch was refused takes no next batch before the tick");
    }

    @Test
    void aBatchWorkedOffToItsEndTakesTheNextAtOnceOnAnIdleLane() throws Exception {
        SubscriberLane lane = new SubscriberLane("s");
        AtomicInteger finished = new AtomicInteger();
        CountDownLatch secondDone = new CountDownLatch(1);
        Set<Long> delivered = ConcurrentHashMap.newKeySet();
        Runnable second = () -> assertTrue(lane.start(
                batch(3).stream()
                        .map(d ->
                                new DeliveryLedger.Due(d.id() + 100, d.outboxId(), d.eventId(), d.eventType(), "s", 0))
                        .toList(),
                2,
                workers,
                runners(
                        due -> {
                            delivered.add(due.id());
                            return true;
                        },
                        finished),
                rest -> {},
                secondDone::countDown));
        lane.start(
                batch(4),
                2,
                workers,
                runners(
                        due -> {
                            delivered.add(due.id());
                            return true;
                        },
                        finished),
                rest -> {},
                second);
        assertTrue(secondDone.await(10, TimeUnit.SECONDS), "the second batch ran and finished");
        awaitIdle(lane);
        assertEquals(Set.of(1L, 2L, 3L, 4L, 101L, 102L, 103L), delivered);
    }

    private static Supplier<SubscriberLane.Runner> runners(
            Predicate<DeliveryLedger.Due> deliver, AtomicInteger finished) {
        return () -> new SubscriberLane.Runner() {
            @Override
            public boolean deliver(DeliveryLedger.Due due) {
                return deliver.test(due);
            }

            @Override
            public void finish() {
                finished.incrementAndGet();
            }
        };
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitIdle(SubscriberLane lane) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!lane.isIdle() && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertTrue(lane.isIdle(), "the lane finished its batch");
    }
}
