package io.switchboard.plugins.remotedesk;

import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.RemoteFailure;
import java.time.Duration;

/** The HTTP client of one connection, made on first use (creating a provider does no I/O). */
final class RdConnection implements AutoCloseable {

    private final RdSettings settings;
    private final PluginContext context;
    private RdHttp http;

    RdConnection(RdSettings settings, PluginContext context) {
        this.settings = settings;
        this.context = context;
    }

    synchronized RdHttp http() throws RemoteFailure {
        if (http == null) {
            try {
                Duration budget = context.callBudget();
                http = new RdHttp(
                        settings,
                        context.outbound(),
                        budget.compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : budget);
            } catch (UnsupportedOperationException e) {
                throw new RemoteFailure(
                        RemoteFailure.Kind.INVALID,
                        "this server offers no outbound guard; the remote desk needs plugin API 1.1");
            }
        }
        return http;
    }

    @Override
    public synchronized void close() {
        if (http != null) {
            http.close();
        }
    }
}
