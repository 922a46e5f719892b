package io.switchboard.application.psa;

import io.switchboard.plugin.psa.CatalogEntry;
import io.switchboard.plugin.psa.CatalogKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A connection's remote catalogues for a few minutes: a push looks up "Resolved" once, not once per change. */
@ApplicationScoped
public class CatalogCache {

    private static final Duration KEPT = Duration.ofMinutes(5);

    private record Key(long connection, CatalogKind kind, String parent) {}

    private record Entry(List<CatalogEntry> values, Instant until) {}

    @Inject
    PsaConnector connector;

    @Inject
    Clock clock;

    private final Map<Key, Entry> cache = new ConcurrentHashMap<>();

    public List<CatalogEntry> entries(PsaConnection c, CatalogKind kind, String parent) throws PsaFailure {
        Key key = new Key(c.id(), kind, parent == null ? "" : parent);
        Entry hit = cache.get(key);
        if (hit != null && clock.instant().isBefore(hit.until())) {
            return hit.values();
        }
        List<CatalogEntry> values = connector.catalog(c, kind, parent, null, 1);
        cache.put(key, new Entry(List.copyOf(values), clock.instant().plus(KEPT)));
        return values;
    }
}
