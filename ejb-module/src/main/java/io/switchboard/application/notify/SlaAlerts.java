package io.switchboard.application.notify;

import io.switchboard.application.notify.SlaAlertLog.Candidate;
import io.switchboard.domain.shared.Actor;
import io.switchboard.domain.ticket.DomainEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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

    @Inject
    SlaAlertLog log;

    @Inject
    EventOutbox outbox;

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
        return log.unalerted(from, to, kind, 500);
    }

    /** The scan already left out fired ones, and the lease keeps a second server away (the key catches a race). */
    private boolean remember(Candidate c, String kind, Instant now) {
        return log.remember(c.id(), kind, c.deadline(), now);
    }

    private void write(Candidate c, String type, Instant now, Map<String, String> extra) {
        String which = c.deadline().equals(c.firstResponseDue())
                ? "first_response"
                : c.deadline().equals(c.resolutionDue()) ? "resolution" : "due";
        Map<String, String> data = new HashMap<>(extra);
        data.put("deadline", c.deadline().toString());
        data.put("deadlineKind", which);
        String number = String.format("TKT-%06d", c.id());
        outbox.append(List.of(new DomainEvent(type, c.id(), number, now, Actor.SYSTEM, data)));
    }
}
