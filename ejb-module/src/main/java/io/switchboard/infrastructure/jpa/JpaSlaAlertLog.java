package io.switchboard.infrastructure.jpa;

import io.switchboard.application.notify.SlaAlertLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A range read of the indexed {@code ticket.deadline_at} (the aggregate keeps it at the earliest
 * running deadline) against the {@code sla_alert} table, whose key (ticket, kind, deadline) makes
 * a second insert of the same alert fail.
 */
@ApplicationScoped
public class JpaSlaAlertLog implements SlaAlertLog {

    @PersistenceContext(unitName = "switchboard")
    private EntityManager em;

    @Override
    public List<Candidate> unalerted(Instant from, Instant to, String kind, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT t.id, t.deadline_at, t.sla_started_at, t.created_at, t.first_response_due_at,"
                                + " t.resolution_due_at, t.due_at FROM ticket t WHERE t.deadline_at > ? AND t.deadline_at <= ?"
                                + " AND NOT EXISTS (SELECT 1 FROM sla_alert a WHERE a.ticket_id = t.id AND a.kind = ? AND a.deadline_at = t.deadline_at)"
                                + " ORDER BY t.deadline_at")
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(to))
                .setParameter(3, kind)
                .setMaxResults(limit)
                .getResultList();
        List<Candidate> out = new ArrayList<>();
        for (Object[] r : rows) {
            Instant deadline = instant(r[1]);
            Instant slaStart = instant(r[2]);
            Instant created = instant(r[3]);
            Instant due = instant(r[6]);
            // an explicit due date counts from creation; an SLA deadline from when its clock started
            Instant start = deadline.equals(due) || slaStart == null ? created : slaStart;
            out.add(new Candidate(((Number) r[0]).longValue(), deadline, start, instant(r[4]), instant(r[5]), due));
        }
        return out;
    }

    @Override
    public boolean remember(long ticketId, String kind, Instant deadline, Instant firedAt) {
        return em.createNativeQuery(
                                "INSERT INTO sla_alert (ticket_id, kind, deadline_at, fired_at) VALUES (?, ?, ?, ?)")
                        .setParameter(1, ticketId)
                        .setParameter(2, kind)
                        .setParameter(3, Timestamp.from(deadline))
                        .setParameter(4, Timestamp.from(firedAt))
                        .executeUpdate()
                == 1;
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Timestamp t ? t.toInstant() : ((Date) value).toInstant();
    }
}
