package io.switchboard.application.notify;

import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.ticket.DomainEvent;
import io.switchboard.infrastructure.outbox.Outbox;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds tickets whose deadline is close or past and writes {@code sla.warning} and
 * {@code sla.breached} events to the outbox, each once per ticket and deadline (a moved deadline
 * warns again). Both scans are range reads of the indexed {@code ticket.deadline_at}, which the
 * aggregate keeps at the earliest running deadline; the {@code sla_alert} table remembers what
 * fired, so a restart or a second server never fires twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SlaAlerts {

    static final String WARNING = "warning";
    static final String BREACH = "breach";

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    Outbox outbox;

    /** One ticket near or past its deadline, as the scan reads it. */
    record Candidate(long id, Instant deadline, Instant windowStart, Instant firstResponseDue, Instant resolutionDue, Instant due) {}

    /**
     * Fires what is due at {@code now}: a warning once {@code percent}% of the window from start to
     * deadline has passed (looking at most {@code horizon} ahead), a breach once the deadline has
     * passed (looking at most {@code lookback} back). Returns how many events it wrote.
     */
    public int fire(Instant now, int percent, Duration horizon, Duration lookback) {
        int fired = 0;
        for (Candidate c : candidates(now, now.plus(horizon), WARNING)) {
            long window = Duration.between(c.windowStart(), c.deadline()).toMillis();
            Instant warnAt = c.windowStart().plusMillis(window * percent / 100);
            if (!now.isBefore(warnAt) && remember(c, WARNING, now)) {
                write(c, DomainEvent.SLA_WARNING, now, Map.of("percent", Integer.toString(percent)));
                fired++;
            }
        }
        for (Candidate c : candidates(now.minus(lookback), now, BREACH)) {
            if (remember(c, BREACH, now)) {
                write(c, DomainEvent.SLA_BREACHED, now, Map.of());
                fired++;
            }
        }
        return fired;
    }

    private List<Candidate> candidates(Instant from, Instant to, String kind) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.id, t.deadline_at, t.sla_started_at, t.created_at, t.first_response_due_at,"
                        + " t.resolution_due_at, t.due_at FROM ticket t WHERE t.deadline_at > ? AND t.deadline_at <= ?"
                        + " AND NOT EXISTS (SELECT 1 FROM sla_alert a WHERE a.ticket_id = t.id AND a.kind = ? AND a.deadline_at = t.deadline_at)"
                        + " ORDER BY t.deadline_at")
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(to))
                .setParameter(3, kind)
                .setMaxResults(500)
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

    /** Records the alert; the scan already left out fired ones, and the lease keeps a second server away (the key catches a race). */
    private boolean remember(Candidate c, String kind, Instant now) {
        return em.createNativeQuery("INSERT INTO sla_alert (ticket_id, kind, deadline_at, fired_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, c.id())
                .setParameter(2, kind)
                .setParameter(3, Timestamp.from(c.deadline()))
                .setParameter(4, Timestamp.from(now))
                .executeUpdate() == 1;
    }

    private void write(Candidate c, String type, Instant now, Map<String, String> extra) {
        String which = c.deadline().equals(c.firstResponseDue()) ? "first_response"
                : c.deadline().equals(c.resolutionDue()) ? "resolution" : "due";
        Map<String, String> data = new java.util.HashMap<>(extra);
        data.put("deadline", c.deadline().toString());
        data.put("deadlineKind", which);
        String number = String.format("TKT-%06d", c.id());
        outbox.append(List.of(new DomainEvent(type, c.id(), number, now, Actor.SYSTEM, data)));
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Timestamp t ? t.toInstant() : ((java.util.Date) value).toInstant();
    }
}
