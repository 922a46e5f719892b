package io.switchboard.infrastructure.tally;

import io.switchboard.application.count.Counts;
import io.switchboard.application.count.TallyKey;
import io.switchboard.application.count.TallySnapshot;
import io.switchboard.application.count.TicketCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Reads the counts. The folded table is kept in memory per server and reloaded only when the
 * fold generation moves, so a read costs two one-row queries and one small delta query.
 */
@ApplicationScoped
public class TicketTally implements TicketCounts {

    private static final Logger LOG = Logger.getLogger(TicketTally.class.getName());
    private static final int ATTEMPTS = 5;

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    private record Folded(long generation, Map<TallyKey, Counts> cells) {}

    private volatile Folded folded;

    @Override
    public TallySnapshot snapshot() {
        TallySnapshot snapshot = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long before = generation();
            Folded base = folded;
            if (base == null || base.generation() != before) {
                base = new Folded(before, loadFolded());
                folded = base;
            }
            snapshot = new TallySnapshot(base.generation(), base.cells(), pending());
            if (generation() == before) {
                return snapshot;
            }
        }
        // Folds cannot normally outrun five reads; if they do, an approximate answer beats none.
        LOG.warning("Tally changed during every read attempt; answering from the last one");
        return snapshot;
    }

    private long generation() {
        return em.createQuery("SELECT g.generation FROM FoldGeneration g WHERE g.id = 1", Long.class)
                .getSingleResult();
    }

    private Map<TallyKey, Counts> loadFolded() {
        return Map.copyOf(cells("TallyCell"));
    }

    private Map<TallyKey, Counts> pending() {
        return cells("TallyDelta");
    }

    /** Cells of the folded table or the delta table, summed per key, zero cells left out. */
    private Map<TallyKey, Counts> cells(String entity) {
        List<Object[]> rows = em.createQuery(
                        "SELECT d.statusId, d.priority, d.categoryId, d.boardId, d.assigneeId,"
                                + " SUM(d.tickets), SUM(d.resolved), SUM(d.resolvedSeconds), SUM(d.slaMet) FROM "
                                + entity + " d"
                                + " GROUP BY d.statusId, d.priority, d.categoryId, d.boardId, d.assigneeId",
                        Object[].class)
                .getResultList();
        Map<TallyKey, Counts> cells = new HashMap<>();
        for (Object[] r : rows) {
            Counts counts = new Counts(num(r[5]), num(r[6]), num(r[7]), num(r[8]));
            if (!counts.isZero()) {
                cells.put(new TallyKey(num(r[0]), (short) num(r[1]), num(r[2]), num(r[3]), num(r[4])), counts);
            }
        }
        return cells;
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
