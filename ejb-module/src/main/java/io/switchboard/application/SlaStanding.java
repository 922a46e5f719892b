package io.switchboard.application;

import io.switchboard.application.view.SlaTarget;
import io.switchboard.application.view.SlaTarget.State;
import io.switchboard.application.view.SlaView;
import io.switchboard.domain.sla.SlaClock;
import io.switchboard.domain.ticket.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where each of a ticket's two SLA clocks stands: met (or breached) once answered or resolved,
 * otherwise breached, paused, warning (past {@code switchboard.sla.warning-percent} of its target,
 * the share at which SlaWatch warns) or running.
 */
@ApplicationScoped
public class SlaStanding {

    @Inject
    @ConfigProperty(name = "switchboard.sla.warning-percent", defaultValue = "80")
    int warningPercent;

    public SlaView of(Ticket t, Instant now) {
        SlaClock sla = t.sla();
        boolean responseBreached = sla.firstResponseBreached(t.firstResponseAt(), now);
        boolean resolutionBreached = sla.resolutionBreached(t.resolvedAt(), now);
        long resolutionLeft =
                t.resolvedAt() != null ? 0 : sla.resolutionRemaining(now).toSeconds();
        return new SlaView(
                sla.firstResponseDueAt(),
                sla.resolutionDueAt(),
                sla.isPaused(),
                responseBreached,
                resolutionBreached,
                resolutionLeft,
                target(
                        sla.firstResponseDueAt(),
                        t.firstResponseAt(),
                        responseBreached,
                        sla.isPaused(),
                        t.firstResponseAt() != null ? Duration.ZERO : sla.firstResponseRemaining(now),
                        sla.firstResponseTarget()),
                target(
                        sla.resolutionDueAt(),
                        t.resolvedAt(),
                        resolutionBreached,
                        sla.isPaused(),
                        Duration.ofSeconds(resolutionLeft),
                        sla.resolutionTarget()));
    }

    private SlaTarget target(
            Instant due, Instant metAt, boolean breached, boolean paused, Duration left, Duration target) {
        State state;
        if (breached) {
            state = State.BREACHED;
        } else if (metAt != null) {
            state = State.MET;
        } else if (paused) {
            state = State.PAUSED;
        } else if (warns(left, target)) {
            state = State.WARNING;
        } else {
            state = State.RUNNING;
        }
        return new SlaTarget(due, state, metAt != null ? 0 : left.toSeconds(), metAt);
    }

    /** Less than (100 - warning percent) of the target left. */
    private boolean warns(Duration left, Duration target) {
        int percent = Math.max(1, Math.min(99, warningPercent));
        return !target.isZero() && left.toSeconds() * 100 < target.toSeconds() * (100 - percent);
    }
}
