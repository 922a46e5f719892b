package io.switchboard.application.psa;

import io.switchboard.domain.psa.PsaBoard;
import io.switchboard.domain.psa.PsaSyncRepository;
import io.switchboard.domain.psa.SyncRun;
import io.switchboard.domain.psa.SyncTrigger;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Which connections are due a scheduled pull: enabled, with a board to sync, and not run for an interval. */
@Stateless
public class SyncSchedule {

    @Inject
    PsaConnector connector;

    @Inject
    PsaSyncRepository sync;

    @Inject
    SyncRunner runner;

    public List<PsaConnection> due(Instant now, Duration interval) {
        return connector.connections().stream()
                .filter(PsaConnection::enabled)
                .filter(c -> sync.boards(c.id()).stream().anyMatch(PsaBoard::isEnabled))
                .filter(c -> sync.lastRun(c.id())
                        .map(SyncRun::startedAt)
                        .map(at -> !at.plus(interval).isAfter(now))
                        .orElse(true))
                .toList();
    }

    /** Runs every due connection, one after the other, in the caller's thread. */
    public int runDue(Instant now, Duration interval) {
        int ran = 0;
        for (PsaConnection c : due(now, interval)) {
            ran += runner.runNow(c.id(), SyncTrigger.SCHEDULED).isPresent() ? 1 : 0;
        }
        return ran;
    }
}
