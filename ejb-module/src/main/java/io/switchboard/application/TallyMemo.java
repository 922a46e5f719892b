package io.switchboard.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.switchboard.application.count.TallySnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Sums over the tally, remembered per scope for as long as the tally holds the same counts. At 1M
 * tickets the tally has tens of thousands of cells, and walking them several times per dashboard
 * request was most of a stats call's time; between ticket changes the answer cannot differ.
 */
@ApplicationScoped
public class TallyMemo {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(TallySnapshot basis, Object value) {}

    private final Cache<String, Entry> entries =
            Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

    /** The value for {@code scope} computed over {@code basis}: remembered if the counts have not moved since, else computed now. */
    @SuppressWarnings("unchecked")
    <V> V get(String scope, TallySnapshot basis, Supplier<V> compute) {
        Entry e = entries.getIfPresent(scope);
        if (e != null && basis.sameCountsAs(e.basis())) {
            return (V) e.value();
        }
        V value = compute.get();
        entries.put(scope, new Entry(basis, value));
        return value;
    }
}
