package io.switchboard.infrastructure.plugin;

import io.switchboard.application.psa.PsaConnection;
import io.switchboard.application.psa.PsaConnector;
import io.switchboard.application.psa.PsaFailure;
import io.switchboard.domain.plugin.PluginInstance;
import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.psa.CallbackEvent;
import io.switchboard.plugin.psa.CatalogEntry;
import io.switchboard.plugin.psa.CatalogKind;
import io.switchboard.plugin.psa.InboundCallback;
import io.switchboard.plugin.psa.PsaProvider;
import io.switchboard.plugin.psa.PsaPush;
import io.switchboard.plugin.psa.PsaTicket;
import io.switchboard.plugin.psa.PullCursor;
import io.switchboard.plugin.psa.PullPage;
import io.switchboard.plugin.psa.PushOutcome;
import io.switchboard.plugin.psa.RateBudget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The PSA port over the plugin runtime: each call runs contained on the connection's own
 * instance (its bulkhead and circuit), and a provider's {@link RemoteFailure} comes out as a
 * typed {@link PsaFailure} (the containment's own failure loses the type, so the call keeps it).
 */
@ApplicationScoped
public class PluginPsaConnector implements PsaConnector {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    PluginRuntime runtime;

    @Inject
    InstanceConfigCodec codec;

    @Inject
    PluginSettings settings;

    /** A page of a large board with its notes takes longer than an ordinary plugin call. */
    @Inject
    @ConfigProperty(name = "switchboard.psa.pull-timeout-seconds", defaultValue = "120")
    long pullTimeoutSeconds;

    @Override
    public List<PsaConnection> connections() {
        return em.createQuery("SELECT i FROM PluginInstance i WHERE i.kind = :k ORDER BY i.name", PluginInstance.class)
                .setParameter("k", PluginKind.PSA.key())
                .getResultStream()
                .map(PluginPsaConnector::connection)
                .toList();
    }

    @Override
    public Optional<PsaConnection> connection(long id) {
        return Optional.ofNullable(em.find(PluginInstance.class, id))
                .filter(i -> PluginKind.PSA.key().equals(i.kind()))
                .map(PluginPsaConnector::connection);
    }

    @Override
    public PullPage pull(PsaConnection connection, PullCursor cursor, int pageSize) throws PsaFailure {
        return call(connection, Duration.ofSeconds(pullTimeoutSeconds), p -> p.pull(cursor, pageSize));
    }

    @Override
    public Optional<PsaTicket> fetch(PsaConnection connection, String remoteId) throws PsaFailure {
        return call(connection, settings.callTimeout(), p -> p.fetch(remoteId));
    }

    @Override
    public List<CatalogEntry> catalog(
            PsaConnection connection, CatalogKind kind, String parentId, String query, int page) throws PsaFailure {
        return call(connection, settings.callTimeout(), p -> p.catalog(kind, parentId, query, page));
    }

    @Override
    public PushOutcome push(PsaConnection connection, PsaPush push) throws PsaFailure {
        return call(connection, settings.callTimeout(), p -> p.push(push));
    }

    @Override
    public Optional<CallbackEvent> verify(PsaConnection connection, InboundCallback callback) throws PsaFailure {
        return call(connection, settings.callTimeout(), p -> p.verifyCallback(callback));
    }

    @Override
    public String registerCallback(PsaConnection connection, URI url) throws PsaFailure {
        return call(connection, settings.callTimeout(), p -> p.registerCallback(url));
    }

    @Override
    public Optional<RateBudget> budget(PsaConnection connection) throws PsaFailure {
        return call(connection, settings.callTimeout(), PsaProvider::budget);
    }

    @Override
    public Circuit circuit(PsaConnection connection) {
        return new Circuit(runtime.breakerState(connection.id()).name(), runtime.lastFailure(connection.id()));
    }

    private interface ProviderCall<T> {
        T apply(PsaProvider provider) throws Exception;
    }

    private <T> T call(PsaConnection connection, Duration timeout, ProviderCall<T> work) throws PsaFailure {
        PluginInstance instance = em.find(PluginInstance.class, connection.id());
        if (instance == null || !instance.isEnabled()) {
            throw new PsaFailure(
                    PsaFailure.Kind.UNAVAILABLE, "connection '" + connection.name() + "' is switched off", null);
        }
        FactoryInfo factory = runtime.status(instance.pluginId()).stream()
                .flatMap(s -> s.factories().stream())
                .filter(f -> f.kind() == PluginKind.PSA && f.id().equals(instance.factoryId()))
                .findFirst()
                .orElseThrow(() -> new PsaFailure(
                        PsaFailure.Kind.UNAVAILABLE,
                        "plugin " + instance.pluginId() + " with a PSA provider '" + instance.factoryId()
                                + "' is not installed",
                        null));
        InstanceSnapshot snapshot = new InstanceSnapshot(
                instance.id(),
                instance.version(),
                instance.pluginId(),
                PluginKind.PSA,
                instance.factoryId(),
                instance.name(),
                codec.effective(instance, factory.properties()));
        AtomicReference<RemoteFailure> typed = new AtomicReference<>();
        try {
            PluginOperation<AutoCloseable, T> operation = object -> {
                try {
                    return work.apply((PsaProvider) object);
                } catch (RemoteFailure e) {
                    typed.set(e);
                    throw e;
                }
            };
            // A pull runs on the instance's long-call lane: it never takes the slots that pushes and fetches need.
            return timeout.compareTo(settings.callTimeout()) > 0
                    ? runtime.invokeLong(snapshot, timeout, operation)
                    : runtime.invoke(snapshot, timeout, operation);
        } catch (PluginCallFailed e) {
            RemoteFailure remote = typed.get();
            if (remote != null) {
                throw translate(remote);
            }
            throw new PsaFailure(kindOf(e.kind()), e.getMessage(), null);
        }
    }

    private static PsaFailure translate(RemoteFailure f) {
        PsaFailure.Kind kind = switch (f.kind()) {
            case THROTTLED -> PsaFailure.Kind.THROTTLED;
            case UNAUTHORIZED, FORBIDDEN -> PsaFailure.Kind.REFUSED;
            case NOT_FOUND -> PsaFailure.Kind.NOT_FOUND;
            case CONFLICT -> PsaFailure.Kind.CONFLICT;
            case INVALID -> PsaFailure.Kind.INVALID;
            default -> PsaFailure.Kind.TRANSIENT;
        };
        return new PsaFailure(kind, f.getMessage(), f.retryAfter().orElse(null));
    }

    private static PsaFailure.Kind kindOf(PluginCallFailed.Kind kind) {
        return switch (kind) {
            case CIRCUIT_OPEN -> PsaFailure.Kind.CIRCUIT_OPEN;
            case TIMED_OUT, BUSY, THREW -> PsaFailure.Kind.TRANSIENT;
            case UNAVAILABLE, INCOMPATIBLE -> PsaFailure.Kind.UNAVAILABLE;
            case REMOTE -> PsaFailure.Kind.TRANSIENT; // never reached: the typed failure was kept above
        };
    }

    private static PsaConnection connection(PluginInstance i) {
        return new PsaConnection(i.id(), i.name(), i.pluginId(), i.factoryId(), i.isEnabled());
    }
}
