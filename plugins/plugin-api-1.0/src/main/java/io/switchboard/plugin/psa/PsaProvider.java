package io.switchboard.plugin.psa;

import java.util.Map;
import java.util.Optional;

/** One connection to a PSA. Calls come from the host's sync engine with timeouts and a circuit breaker. */
public interface PsaProvider extends AutoCloseable {

    /** The next page of remote tickets changed since the cursor's watermark, oldest first. */
    PsaPage pull(PsaCursor cursor) throws Exception;

    /** Applies one local change to the remote ticket; returns its remote id and version afterwards. */
    PushResult push(PsaChange change) throws Exception;

    /**
     * Checks an inbound callback (signature, origin) and says which remote ticket it is about;
     * empty when the callback is not genuine or not about a ticket.
     */
    default Optional<String> verifyCallback(Map<String, String> headers, byte[] body) throws Exception {
        return Optional.empty();
    }

    @Override
    default void close() {}
}
