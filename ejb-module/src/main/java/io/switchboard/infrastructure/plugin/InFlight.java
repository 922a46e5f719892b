package io.switchboard.infrastructure.plugin;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts calls in flight on something that will be replaced, and closes it once it has been
 * retired and the last call has returned: an upgrade never pulls a class loader out from under
 * a running call, and never keeps an old one longer than its calls need it.
 */
final class InFlight {

    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean retired;
    private final Runnable closer;

    InFlight(Runnable closer) {
        this.closer = closer;
    }

    /** Registers a call; false when already retired (the caller then looks up the successor). */
    boolean enter() {
        if (retired) {
            return false;
        }
        calls.incrementAndGet();
        if (retired) {
            exit();
            return false;
        }
        return true;
    }

    void exit() {
        if (calls.decrementAndGet() == 0 && retired) {
            closeOnce();
        }
    }

    /** No new calls from now on; closes at once when none is running, else after the last one. */
    void retire() {
        retired = true;
        if (calls.get() == 0) {
            closeOnce();
        }
    }

    int running() {
        return calls.get();
    }

    boolean isRetired() {
        return retired;
    }

    boolean isClosed() {
        return closed.get();
    }

    private void closeOnce() {
        if (closed.compareAndSet(false, true)) {
            closer.run();
        }
    }
}
