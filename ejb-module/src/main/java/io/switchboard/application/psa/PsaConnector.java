package io.switchboard.application.psa;

import io.switchboard.plugin.psa.CallbackEvent;
import io.switchboard.plugin.psa.CatalogEntry;
import io.switchboard.plugin.psa.CatalogKind;
import io.switchboard.plugin.psa.InboundCallback;
import io.switchboard.plugin.psa.PsaPush;
import io.switchboard.plugin.psa.PsaTicket;
import io.switchboard.plugin.psa.PullCursor;
import io.switchboard.plugin.psa.PullPage;
import io.switchboard.plugin.psa.PushOutcome;
import io.switchboard.plugin.psa.RateBudget;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The port to a connection's provider. Every call is contained (timeout, bulkhead, the
 * connection's circuit); failures arrive typed. The SPI's records are immutable JDK-only values,
 * so they cross this port as they are.
 */
public interface PsaConnector {

    List<PsaConnection> connections();

    Optional<PsaConnection> connection(long id);

    PullPage pull(PsaConnection connection, PullCursor cursor, int pageSize) throws PsaFailure;

    Optional<PsaTicket> fetch(PsaConnection connection, String remoteId) throws PsaFailure;

    List<CatalogEntry> catalog(PsaConnection connection, CatalogKind kind, String parentId, String query, int page)
            throws PsaFailure;

    PushOutcome push(PsaConnection connection, PsaPush push) throws PsaFailure;

    /** The event a callback announces, when the provider verified it; empty when it did not. */
    Optional<CallbackEvent> verify(PsaConnection connection, InboundCallback callback) throws PsaFailure;

    /** Registers {@code url} for ticket callbacks with the PSA; answers the registration's id. */
    String registerCallback(PsaConnection connection, URI url) throws PsaFailure;

    Optional<RateBudget> budget(PsaConnection connection) throws PsaFailure;

    /** The connection's circuit: closed, open or half-open, with the last failure when there was one. */
    Circuit circuit(PsaConnection connection);

    record Circuit(String state, String lastFailure) {}
}
