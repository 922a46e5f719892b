package io.switchboard.emulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The faults switched on for an emulator, and an optional request budget: after
 * {@code budget} requests every further one is throttled until the budget is reset, as a PSA
 * does when an integration has used up its hour.
 */
public final class Faults {

    private final List<Fault> active = new ArrayList<>();
    private final List<Integer> remaining = new ArrayList<>();
    private final AtomicLong budget = new AtomicLong(-1);
    private final AtomicLong used = new AtomicLong();

    public synchronized void add(Fault fault) {
        active.add(fault);
        remaining.add(fault.times());
    }

    public synchronized void clear() {
        active.clear();
        remaining.clear();
        budget.set(-1);
        used.set(0);
    }

    /** Allows {@code requests} more requests (counted from now), then throttles; -1 lifts the limit. */
    public void budget(long requests) {
        used.set(0);
        budget.set(requests);
    }

    public long budgetLimit() {
        return budget.get();
    }

    public long budgetUsed() {
        return used.get();
    }

    /** Counts a request against the budget; true when it is over. */
    boolean overBudget() {
        long limit = budget.get();
        long n = used.incrementAndGet();
        return limit >= 0 && n > limit;
    }

    /** The fault for this request, used up by one, if any matches. */
    synchronized Optional<Fault> take(String method, String path) {
        Iterator<Fault> it = active.iterator();
        for (int i = 0; it.hasNext(); i++) {
            Fault f = it.next();
            if (f.matches(method, path)) {
                int left = remaining.get(i);
                if (left > 0) {
                    remaining.set(i, left - 1);
                    if (left == 1) {
                        it.remove();
                        remaining.remove(i);
                    }
                }
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
