package io.switchboard.infrastructure.jpa;

import io.switchboard.domain.ticket.MergedParts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Moves a merged ticket's parts with one UPDATE per table. Native SQL because those entities map
 * their ticket column as not updatable: in the model a part never changes tickets, except here. The
 * merge use case loads none of these parts before the move, so no managed entity goes stale.
 */
@ApplicationScoped
public class JpaMergedParts implements MergedParts {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public Moved move(long fromId, long toId) {
        em.flush();
        int comments = update("UPDATE ticket_comment SET ticket_id = ?2 WHERE ticket_id = ?1", fromId, toId);
        int attachments = update("UPDATE attachment SET ticket_id = ?2 WHERE ticket_id = ?1", fromId, toId);
        Number last =
                (Number) em.createNativeQuery("SELECT COALESCE(MAX(position), 0) FROM ticket_task WHERE ticket_id = ?1")
                        .setParameter(1, toId)
                        .getSingleResult();
        int tasks = em.createNativeQuery(
                        "UPDATE ticket_task SET ticket_id = ?2, position = position + ?3 WHERE ticket_id = ?1")
                .setParameter(1, fromId)
                .setParameter(2, toId)
                .setParameter(3, last.intValue())
                .executeUpdate();
        int time = update("UPDATE time_entry SET ticket_id = ?2 WHERE ticket_id = ?1", fromId, toId);
        // Links to third tickets the survivor is not linked to yet move; the others are dropped.
        String notLinkedToSurvivor = " AND NOT EXISTS (SELECT 1 FROM ticket_link o WHERE"
                + " (o.source_id = ?2 AND o.target_id = %1$s) OR (o.target_id = ?2 AND o.source_id = %1$s))";
        int links = update(
                        "UPDATE ticket_link SET source_id = ?2 WHERE source_id = ?1 AND target_id <> ?2"
                                + String.format(notLinkedToSurvivor, "ticket_link.target_id"),
                        fromId,
                        toId)
                + update(
                        "UPDATE ticket_link SET target_id = ?2 WHERE target_id = ?1 AND source_id <> ?2"
                                + String.format(notLinkedToSurvivor, "ticket_link.source_id"),
                        fromId,
                        toId);
        update("DELETE FROM ticket_link WHERE source_id = ?1 OR target_id = ?1", fromId, toId);
        // The PSA ticket follows the survivor unless the survivor has one of its own (one each at most);
        // the notes and time it mirrors follow their comments and entries either way.
        int psa = update(
                "UPDATE psa_ticket_link SET ticket_id = ?2 WHERE ticket_id = ?1"
                        + " AND NOT EXISTS (SELECT 1 FROM psa_ticket_link o WHERE o.ticket_id = ?2)",
                fromId,
                toId);
        update("UPDATE psa_note_link SET ticket_id = ?2 WHERE ticket_id = ?1", fromId, toId);
        update("UPDATE psa_part_link SET ticket_id = ?2 WHERE ticket_id = ?1", fromId, toId);
        return new Moved(comments, attachments, tasks, time, links, psa);
    }

    private int update(String sql, long fromId, long toId) {
        var q = em.createNativeQuery(sql).setParameter(1, fromId);
        if (sql.contains("?2")) {
            q.setParameter(2, toId);
        }
        return q.executeUpdate();
    }
}
