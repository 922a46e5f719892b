package io.switchboard.application.count;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** A consistent view of the counts: folded cells plus the deltas not yet folded. */
public final class TallySnapshot {

    private final long generation;
    private final Map<TallyKey, Counts> folded;
    private final Map<TallyKey, Counts> pending;

    public TallySnapshot(long generation, Map<TallyKey, Counts> folded, Map<TallyKey, Counts> pending) {
        this.generation = generation;
        this.folded = folded;
        this.pending = pending;
    }

    /** True when both snapshots hold the same counts: no ticket moved between cells in between. */
    public boolean sameCountsAs(TallySnapshot other) {
        return other != null && generation == other.generation && pending.equals(other.pending);
    }

    /** The measures summed over every cell the filter accepts. */
    public Counts sum(Predicate<TallyKey> filter) {
        Counts total = Counts.ZERO;
        for (Map<TallyKey, Counts> cells : java.util.List.of(folded, pending)) {
            for (Map.Entry<TallyKey, Counts> e : cells.entrySet()) {
                if (filter.test(e.getKey())) {
                    total = total.plus(e.getValue());
                }
            }
        }
        return total;
    }

    /** Ticket counts per value of one dimension, over the cells the filter accepts; zero counts left out. */
    public <K> Map<K, Long> countBy(Function<TallyKey, K> dimension, Predicate<TallyKey> filter) {
        Map<K, Long> counts = new HashMap<>();
        for (Map<TallyKey, Counts> cells : java.util.List.of(folded, pending)) {
            for (Map.Entry<TallyKey, Counts> e : cells.entrySet()) {
                if (filter.test(e.getKey())) {
                    counts.merge(dimension.apply(e.getKey()), e.getValue().tickets(), Long::sum);
                }
            }
        }
        counts.values().removeIf(v -> v == 0);
        return counts;
    }
}
