package io.switchboard.plugin.psa;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One connection to a PSA: a remote adapter only. The host's sync engine owns mapping, upsert,
 * conflicts, ordering, retries, budgets and the sync log; a provider turns its calls into the
 * PSA's requests and the answers into typed records. Calls come from host worker threads with a
 * timeout and a circuit breaker per connection (pulls on the long-call lane). Failures are
 * {@link io.switchboard.plugin.RemoteFailure}s with their kind (throttled with a retry-after,
 * unauthorized, invalid, transient...).
 *
 * <p>Since 1.1 every method has a default, so that the 1.0 shape ({@link #pull(PsaCursor)},
 * {@link #push(PsaChange)}) keeps compiling; a 1.1 provider implements at least
 * {@link #pull(PullCursor, int)}, {@link #fetch}, {@link #push(PsaPush)} and {@link #catalog}.
 */
public interface PsaProvider extends AutoCloseable {

    /**
     * The next page of remote tickets changed since the cursor's watermark, oldest first.
     *
     * @deprecated since 1.1: use {@link #pull(PullCursor, int)}, which is per board and typed.
     */
    @Deprecated(since = "1.1")
    default PsaPage pull(PsaCursor cursor) throws Exception {
        throw new UnsupportedOperationException("this provider implements the plugin API 1.1 pull");
    }

    /**
     * Applies one local change to the remote ticket.
     *
     * @deprecated since 1.1: use {@link #push(PsaPush)}, with typed operations and outcomes.
     */
    @Deprecated(since = "1.1")
    default PushResult push(PsaChange change) throws Exception {
        throw new UnsupportedOperationException("this provider implements the plugin API 1.1 push");
    }

    /**
     * Checks an inbound callback and says which remote ticket it is about.
     *
     * @deprecated since 1.1: use {@link #verifyCallback(InboundCallback)}.
     */
    @Deprecated(since = "1.1")
    default Optional<String> verifyCallback(Map<String, String> headers, byte[] body) throws Exception {
        return Optional.empty();
    }

    /**
     * One page of the tickets of one remote board updated at or after the cursor's watermark,
     * at most {@code pageSize} of them, ordered by last update (then id) where the PSA can sort
     * (ConnectWise), else in its own stable order (Autotask: by id). The host moves the board's
     * watermark only after the last page, so a pass in either order is safe as long as a ticket
     * changed during the pass is either in it or newer than everything in it.
     *
     * @since 1.1
     */
    default PullPage pull(PullCursor cursor, int pageSize) throws Exception {
        throw new UnsupportedOperationException("pull is not implemented by this provider");
    }

    /**
     * One remote ticket with its notes and assignments (a targeted pull after a callback or a
     * conflict); empty when it does not exist (any more).
     *
     * @since 1.1
     */
    default Optional<PsaTicket> fetch(String remoteId) throws Exception {
        throw new UnsupportedOperationException("fetch is not implemented by this provider");
    }

    /**
     * The notes of a remote ticket created at or after {@code since} (null: all), oldest first.
     *
     * @since 1.1
     */
    default List<RemoteNote> notes(String remoteId, Instant since) throws Exception {
        return fetch(remoteId).map(PsaTicket::notes).orElse(List.of());
    }

    /**
     * The remote ticket a {@link PsaOperation.Create} with this key made, if there is one: how
     * the host reconciles a create whose answer was lost after the PSA had committed it.
     *
     * @since 1.1
     */
    default Optional<String> findCreated(String idempotencyKey) throws Exception {
        return Optional.empty();
    }

    /**
     * Applies local changes in order and says what became of them.
     *
     * @since 1.1
     */
    default PushOutcome push(PsaPush push) throws Exception {
        throw new UnsupportedOperationException("push is not implemented by this provider");
    }

    /**
     * One page (from 1) of a catalogue for the mapping editors and pickers, filtered by
     * {@code query} (a name fragment, never spliced into a remote query unescaped) and, for
     * statuses and configurations, by {@code parentId}.
     *
     * @since 1.1
     */
    default List<CatalogEntry> catalog(CatalogKind kind, String parentId, String query, int page) throws Exception {
        return List.of();
    }

    /**
     * What the PSA still allows, when it says; the host paces calls by it.
     *
     * @since 1.1
     */
    default Optional<RateBudget> budget() throws Exception {
        return Optional.empty();
    }

    /**
     * Checks that a callback is genuine (its signature, its origin) and says what it is about;
     * empty when it is not genuine or not about a ticket. The host rejects and logs the empty
     * ones.
     *
     * @since 1.1
     */
    default Optional<CallbackEvent> verifyCallback(InboundCallback callback) throws Exception {
        return Optional.empty();
    }

    /**
     * Asks the PSA to call {@code url} when tickets change; returns the registration's id.
     *
     * @since 1.1
     */
    default String registerCallback(URI url) throws Exception {
        throw new UnsupportedOperationException("this provider cannot register callbacks");
    }

    /** @since 1.1 */
    default void unregisterCallback(String callbackId) throws Exception {}

    /**
     * Where a person opens the ticket in the PSA's own UI, for the link in the detail panel.
     *
     * @since 1.1
     */
    default Optional<String> webUrl(String remoteId) {
        return Optional.empty();
    }

    @Override
    default void close() {}
}
