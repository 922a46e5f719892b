package io.switchboard.infrastructure.plugin;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads of one instance (or one lane of it): at most {@code slots} calls at a time, on
 * threads of its own. A call that hangs and ignores interrupts keeps its slot and its thread
 * until it really returns, so a hung instance can hold only its own slots; when every slot is
 * taken the next call is refused at once rather than queued behind the hung ones.
 *
 * <p>{@link #abandon} gives the bulkhead up (an upgrade, a new configuration, a removal): its
 * hung threads are left to finish on their own, and the successor starts with all its slots.
 */
final class Bulkhead {

    private static final long IDLE_SECONDS = 30;

    private final int slots;
    private final Semaphore free;
    private final ThreadPoolExecutor threads;
    private volatile boolean abandoned;

    Bulkhead(int slots, ThreadFactory factory) {
        this.slots = Math.max(1, slots);
        this.free = new Semaphore(this.slots);
        this.threads = new ThreadPoolExecutor(
                this.slots, this.slots, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
        this.threads.allowCoreThreadTimeOut(true);
    }

    /** Takes a slot, or false when all are in use (by calls running, or hung). */
    boolean tryEnter() {
        return !abandoned && free.tryAcquire();
    }

    /**
     * Runs {@code work} in the slot taken by {@link #tryEnter}. There is a thread for every slot,
     * so it does not wait for long; the caller frees the slot with {@link #leave} once the work
     * has returned (or will never start), however long that takes.
     */
    <T> Future<T> submit(Callable<T> work) {
        return threads.submit(work);
    }

    /** Frees a slot. */
    void leave() {
        free.release();
    }

    int slots() {
        return slots;
    }

    /** Calls running now, hung ones included. */
    int running() {
        return slots - free.availablePermits();
    }

    /** No new calls; idle threads end, hung ones are interrupted once more and left to finish. */
    void abandon() {
        abandoned = true;
        threads.shutdownNow();
    }

    boolean isAbandoned() {
        return abandoned;
    }

    /** Whether an abandoned bulkhead's last thread has finished. */
    boolean isDrained() {
        return threads.isTerminated();
    }

    /** For tests: waits (up to a minute) until an abandoned bulkhead's threads have finished. */
    void awaitDrained() throws InterruptedException {
        threads.awaitTermination(1, TimeUnit.MINUTES);
    }
}
