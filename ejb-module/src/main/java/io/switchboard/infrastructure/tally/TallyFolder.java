package io.switchboard.infrastructure.tally;

import io.switchboard.application.count.Counts;
import io.switchboard.application.count.TallyKey;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges delta rows into the tally, one batch per transaction ({@link TallyFoldTicker} calls it
 * every second on one server). The generation row is locked first, so even a stale lease holder
 * during a takeover cannot fold at the same time as the new one, and deletes remove exactly the
 * rows that were read.
 */
@Singleton
public class TallyFolder {

    /** Below Derby's lock-escalation threshold (5000 rows), so inserters are never table-locked out. */
    static final int BATCH = 2000;

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The fold deletes exactly the rows it read, a fixed number per statement so the statement is compiled once. */
    static final int DELETE_CHUNK = 100;

    private void deleteFolded(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += DELETE_CHUNK) {
            List<Long> chunk = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + DELETE_CHUNK)));
            while (chunk.size() < DELETE_CHUNK) {
                chunk.add(-1L); // no delta has a negative id
            }
            em.createQuery("DELETE FROM TallyDelta d WHERE d.id IN :ids")
                    .setParameter("ids", chunk)
                    .executeUpdate();
        }
    }

    /** Folds one batch in its own transaction; returns how many delta rows it merged. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int fold() {
        FoldGeneration generation = em.find(FoldGeneration.class, 1, LockModeType.PESSIMISTIC_WRITE);
        List<TallyDelta> deltas = em.createQuery("SELECT d FROM TallyDelta d ORDER BY d.id", TallyDelta.class)
                .setMaxResults(BATCH)
                .getResultList();
        if (deltas.isEmpty()) {
            return 0;
        }
        Map<TallyKey, Counts> sums = new HashMap<>();
        for (TallyDelta delta : deltas) {
            sums.merge(delta.key(), delta.counts(), Counts::plus);
        }
        sums.forEach((key, counts) -> {
            TallyCell cell = em.find(TallyCell.class, key);
            if (cell == null) {
                cell = new TallyCell(key);
                em.persist(cell);
            }
            cell.add(counts);
        });
        deleteFolded(deltas.stream().map(TallyDelta::id).toList());
        generation.advance(clock.instant());
        return deltas.size();
    }
}
