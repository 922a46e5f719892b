package io.switchboard.application.psa;

import io.switchboard.domain.psa.SyncTrigger;
import io.switchboard.domain.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts sync runs, one at a time per connection on this server: "Sync now" while a run is going
 * answers with that run instead of starting a second one.
 */
@ApplicationScoped
public class SyncRunner {

    private static final Logger LOG = Logger.getLogger(SyncRunner.class.getName());

    @Inject
    PsaConnector connector;

    @Inject
    PsaSync engine;

    @Inject
    SyncLog log;

    @Resource
    ManagedExecutorService executor;

    private final Map<Long, SyncRunView> running = new ConcurrentHashMap<>();

    /** Starts a run in the background and answers with it (or with the one already going). */
    public SyncRunView start(long connectionId, SyncTrigger trigger) {
        PsaConnection connection = connection(connectionId);
        synchronized (running) {
            SyncRunView going = running.get(connectionId);
            if (going != null) {
                return going;
            }
            SyncRunView run = log.open(connectionId, trigger);
            running.put(connectionId, run);
            executor.execute(() -> finish(connection, run));
            return run;
        }
    }

    /** Runs to the end in the caller's thread (the scheduler's); empty when a run is already going. */
    public Optional<SyncRunView> runNow(long connectionId, SyncTrigger trigger) {
        PsaConnection connection = connection(connectionId);
        SyncRunView run;
        synchronized (running) {
            if (running.containsKey(connectionId)) {
                return Optional.empty();
            }
            run = log.open(connectionId, trigger);
            running.put(connectionId, run);
        }
        return Optional.of(finish(connection, run));
    }

    public boolean isRunning(long connectionId) {
        return running.containsKey(connectionId);
    }

    private SyncRunView finish(PsaConnection connection, SyncRunView run) {
        try {
            return engine.execute(connection, run.id());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "PSA sync run " + run.id() + " of '" + connection.name() + "' failed", e);
            return log.abort(run.id(), "the run stopped: " + e.getMessage());
        } finally {
            running.remove(connection.id());
        }
    }

    private PsaConnection connection(long id) {
        return connector.connection(id).orElseThrow(() -> new NotFoundException("PSA connection", id));
    }
}
