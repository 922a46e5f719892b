package io.switchboard.application.psa;

import io.switchboard.domain.psa.PageTally;
import io.switchboard.domain.psa.PsaBoard;
import io.switchboard.domain.psa.PsaSyncRepository;
import io.switchboard.domain.psa.SyncTrigger;
import io.switchboard.plugin.psa.CallbackEvent;
import io.switchboard.plugin.psa.InboundCallback;
import io.switchboard.plugin.psa.PsaTicket;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Inbound PSA callbacks: each is verified by the connection's provider (ConnectWise: the
 * signing key from its key_url on the configured site, HMAC-SHA256 of the body against
 * x-content-signature) or rejected and logged; verified ones only mark their remote ticket as
 * changed. Shortly after, one targeted pull per marked ticket runs as a CALLBACK run, so a storm
 * of callbacks about one ticket costs one fetch.
 */
@ApplicationScoped
public class CallbackIntake {

    private static final Logger LOG = Logger.getLogger(CallbackIntake.class.getName());

    /** What a callback answer says. */
    public enum Verdict {
        ACCEPTED,
        REJECTED
    }

    @Inject
    PsaConnector connector;

    @Inject
    PsaSyncRepository sync;

    @Inject
    PsaIntake intake;

    @Inject
    ValuesFactory values;

    @Inject
    SyncLog log;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "switchboard.psa.callback-delay-millis", defaultValue = "1000")
    long delayMillis;

    private final Map<Long, Set<String>> pending = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> rejected = new ConcurrentHashMap<>();

    public Verdict receive(long connectionId, InboundCallback callback, String from) {
        Optional<PsaConnection> connection = connector.connection(connectionId).filter(PsaConnection::enabled);
        if (connection.isEmpty()) {
            return reject(connectionId, "no enabled PSA connection " + connectionId, from);
        }
        Optional<CallbackEvent> event;
        try {
            event = connector.verify(connection.get(), callback);
        } catch (PsaFailure e) {
            return reject(connectionId, "could not be verified: " + e.getMessage(), from);
        }
        if (event.isEmpty() || event.get().remoteId() == null) {
            return reject(connectionId, "its signature did not verify", from);
        }
        boolean first;
        synchronized (pending) {
            Set<String> ids = pending.computeIfAbsent(connectionId, k -> new LinkedHashSet<>());
            first = ids.isEmpty();
            ids.add(event.get().remoteId());
        }
        if (first) {
            scheduler.schedule(() -> drain(connection.get()), delayMillis, TimeUnit.MILLISECONDS);
        }
        return Verdict.ACCEPTED;
    }

    /** Callbacks refused since the server started, per connection (the admin page shows it). */
    public long rejectedCount(long connectionId) {
        AtomicLong n = rejected.get(connectionId);
        return n == null ? 0 : n.get();
    }

    private Verdict reject(long connectionId, String why, String from) {
        rejected.computeIfAbsent(connectionId, k -> new AtomicLong()).incrementAndGet();
        LOG.warning("PSA callback for connection " + connectionId + " from " + from + " rejected: " + why);
        return Verdict.REJECTED;
    }

    private void drain(PsaConnection c) {
        List<String> ids;
        synchronized (pending) {
            Set<String> marked = pending.remove(c.id());
            ids = marked == null ? List.of() : new ArrayList<>(marked);
        }
        if (ids.isEmpty()) {
            return;
        }
        long run = log.open(c.id(), SyncTrigger.CALLBACK).id();
        log.expect(run, ids.size());
        RemoteValues mapped = values.of(c);
        List<PsaBoard> boards = sync.boards(c.id());
        long created = 0;
        long updated = 0;
        long failed = 0;
        List<String> errors = new ArrayList<>();
        for (String id : ids) {
            try {
                Optional<PsaTicket> remote = connector.fetch(c, id);
                Optional<PsaBoard> board = remote.flatMap(r -> boards.stream()
                        .filter(PsaBoard::isEnabled)
                        .filter(b -> r.board() != null
                                && b.remoteId().equals(r.board().id()))
                        .findFirst());
                if (remote.isPresent() && board.isPresent()) {
                    switch (intake.apply(c, board.get(), mapped, remote.get())) {
                        case CREATED -> created++;
                        case UPDATED -> updated++;
                        case UNCHANGED -> {}
                    }
                }
            } catch (PsaFailure | RuntimeException e) {
                failed++;
                errors.add("remote ticket " + id + ": " + e.getMessage());
            }
        }
        log.progress(run, new PageTally(ids.size(), created, updated, failed, ids.size(), errors));
        log.finish(run);
    }

    @PreDestroy
    void stop() {
        pending.clear();
    }
}
