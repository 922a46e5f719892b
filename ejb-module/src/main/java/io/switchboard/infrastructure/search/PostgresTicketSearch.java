package io.switchboard.infrastructure.search;

import io.switchboard.application.search.Highlight;
import io.switchboard.application.search.SearchHit;
import io.switchboard.application.search.SearchIndexStatus;
import io.switchboard.application.search.TicketSearch;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Search on PostgreSQL's own full-text index (table {@code ticket_search}, kept by triggers in
 * the writing transaction; see changeset 118): every server reads the same index, and what
 * committed is found at once. Ranked by {@code ts_rank_cd} over the weighted document.
 */
@ApplicationScoped
@Typed(PostgresTicketSearch.class)
public class PostgresTicketSearch implements TicketSearch {

    private static final Logger LOG = Logger.getLogger(PostgresTicketSearch.class.getName());
    private static final int REBUILD_BATCH = 2000;
    static final int CANDIDATES = 5000;

    @Resource(lookup = "jdbc/switchboard")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Clock clock;

    private volatile boolean rebuilding;
    private volatile Instant lastRebuild;
    private volatile long lastRebuildMillis;

    @Override
    public List<SearchHit> search(String text, int limit) {
        PostgresQuery q = PostgresQuery.parse(text);
        if (q == null) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(searchSql(q))) {
            int i = bind(s, q, 1);
            if (q.number() != null) {
                i = bind(s, q, i); // the exact ticket's own half of the union
            }
            s.setInt(i, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    hits.add(new SearchHit(rs.getLong(1), rs.getFloat(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the search failed: " + e.getMessage(), e);
        }
        return hits;
    }

    /**
     * Ranks the newest {@link #CANDIDATES} matching tickets, not every match: a word most tickets
     * contain matches hundreds of thousands at 1M, and ranking reads each one's whole document
     * (1.2 to 2.4 s for one or two common words; 5 to 25 ms this way, by walking the primary key
     * from the newest). The ticket whose whole number was typed is always a candidate, and first.
     */
    static String searchSql(PostgresQuery q) {
        String matches = "SELECT ticket_id, doc, x.q AS q FROM ticket_search, (SELECT " + q.sql() + " AS q) x"
                + " WHERE doc @@ x.q";
        String candidates = "(" + matches + " ORDER BY ticket_id DESC LIMIT " + CANDIDATES + ")";
        if (q.number() != null) {
            candidates += " UNION (" + matches + " AND ticket_id = " + q.number() + ")";
        }
        String exactFirst = q.number() == null ? "" : "ticket_id = " + q.number() + " DESC, ";
        return "SELECT ticket_id, ts_rank_cd(doc, q) FROM (" + candidates + ") m ORDER BY " + exactFirst
                + "2 DESC, ticket_id DESC LIMIT ?";
    }

    @Override
    public Map<Long, Highlight> highlight(String text, Collection<Long> ticketIds) {
        PostgresQuery q = PostgresQuery.parse(text);
        if (q == null || ticketIds.isEmpty()) {
            return Map.of();
        }
        String in = String.join(",", ticketIds.stream().map(String::valueOf).toList());
        Map<Long, Highlight> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(PostgresPassages.sql(q, in))) {
            bind(s, q, 1);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new Highlight(rs.getString(2), PostgresPassages.marked(rs.getString(3))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the matched passages could not be read: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public SearchIndexStatus status() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM ticket_search");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return new SearchIndexStatus(
                    "postgresql full-text (shared by every server)",
                    rs.getLong(1),
                    0,
                    rebuilding,
                    lastRebuild,
                    lastRebuildMillis);
        } catch (SQLException e) {
            throw new IllegalStateException("the search index could not be read: " + e.getMessage(), e);
        }
    }

    /** Recomputes every ticket's document, a batch per transaction; the triggers keep it current meanwhile. */
    @Override
    public synchronized void rebuild() {
        if (rebuilding) {
            return;
        }
        rebuilding = true;
        executor.execute(() -> {
            long started = System.nanoTime();
            try {
                long tickets = refreshAll();
                lastRebuildMillis = (System.nanoTime() - started) / 1_000_000;
                lastRebuild = clock.instant();
                LOG.info(() -> "search index rebuilt: " + tickets + " tickets in " + lastRebuildMillis + " ms");
            } catch (SQLException | RuntimeException e) {
                LOG.warning(() -> "search index rebuild failed: " + e.getMessage());
            } finally {
                rebuilding = false;
            }
        });
    }

    private long refreshAll() throws SQLException {
        long after = 0;
        long done = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT MAX(id), COUNT(*) FROM (SELECT id, sb_search_refresh(id)"
                                + " FROM ticket WHERE id > ? ORDER BY id LIMIT " + REBUILD_BATCH + ") b")) {
            while (true) {
                s.setLong(1, after);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    long count = rs.getLong(2);
                    if (count == 0) {
                        return done;
                    }
                    after = rs.getLong(1);
                    done += count;
                }
            }
        }
    }

    private static int bind(PreparedStatement s, PostgresQuery q, int from) throws SQLException {
        int i = from;
        for (String p : q.parameters()) {
            s.setString(i++, p);
        }
        return i;
    }
}
