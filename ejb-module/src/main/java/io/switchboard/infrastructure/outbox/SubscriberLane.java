package io.switchboard.infrastructure.outbox;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One subscriber's lane through the dispatcher: its own batch of due deliveries, worked off by
 * up to {@code concurrency} runners at once, and only one batch at a time. A subscriber with a
 * backlog, a slow receiver or a hung plugin fills only its own lane; the other subscribers'
 * lanes are read and run independently.
 */
final class SubscriberLane {

    private static final Logger LOG = Logger.getLogger(SubscriberLane.class.getName());

    /** One runner's work: each delivery (false stops the batch: the subscriber refuses for now), then {@link #finish}. */
    interface Runner {
        boolean deliver(DeliveryLedger.Due due);

        /** After the runner's last delivery, whatever happened: records what it still holds. */
        void finish();
    }

    private final String subscriber;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger runners = new AtomicInteger();
    private final ConcurrentLinkedQueue<DeliveryLedger.Due> queue = new ConcurrentLinkedQueue<>();
    private volatile boolean stopped;
    private volatile Runnable next;

    SubscriberLane(String subscriber) {
        this.subscriber = subscriber;
    }

    /** Whether the lane has no batch running and can take the next one. */
    boolean isIdle() {
        return !running.get();
    }

    /**
     * Starts a batch on {@code concurrency} runners; {@code heldBack} gets what is left when a
     * runner stops the batch, and {@code next} runs when the batch was worked off to its end, so
     * that a busy subscriber takes its next batch at once instead of on the next tick. False when
     * a batch is still running.
     */
    boolean start(
            List<DeliveryLedger.Due> batch,
            int concurrency,
            Executor workers,
            Supplier<Runner> runner,
            Consumer<List<DeliveryLedger.Due>> heldBack,
            Runnable next) {
        if (batch.isEmpty() || !running.compareAndSet(false, true)) {
            return false;
        }
        stopped = false;
        this.next = next;
        queue.clear();
        queue.addAll(batch);
        int count = Math.max(1, Math.min(concurrency, batch.size()));
        runners.set(count);
        for (int i = 0; i < count; i++) {
            try {
                workers.execute(() -> run(runner.get(), heldBack));
            } catch (RejectedExecutionException e) {
                finished(); // that runner never starts; the others (or the next tick) carry on
            }
        }
        return true;
    }

    private void run(Runner runner, Consumer<List<DeliveryLedger.Due>> heldBack) {
        try {
            for (DeliveryLedger.Due due = queue.poll(); due != null; due = queue.poll()) {
                if (!runner.deliver(due)) {
                    stopped = true;
                    List<DeliveryLedger.Due> rest = drain();
                    if (!rest.isEmpty()) {
                        heldBack.accept(rest);
                    }
                    return;
                }
            }
        } catch (RuntimeException e) {
            stopped = true;
            LOG.log(Level.WARNING, "Delivering to " + subscriber + " failed; the next tick retries", e);
        } finally {
            try {
                runner.finish();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Recording deliveries to " + subscriber + " failed; they are made again", e);
            }
            finished();
        }
    }

    private List<DeliveryLedger.Due> drain() {
        List<DeliveryLedger.Due> rest = new java.util.ArrayList<>();
        for (DeliveryLedger.Due due = queue.poll(); due != null; due = queue.poll()) {
            rest.add(due);
        }
        return rest;
    }

    private void finished() {
        if (runners.decrementAndGet() <= 0) {
            Runnable then = stopped ? null : next; // read before another batch may start and replace them
            running.set(false);
            if (then != null) {
                try {
                    then.run();
                } catch (RuntimeException e) {
                    LOG.log(
                            Level.WARNING,
                            "Taking the next batch for " + subscriber + " failed; the next tick does",
                            e);
                }
            }
        }
    }
}
