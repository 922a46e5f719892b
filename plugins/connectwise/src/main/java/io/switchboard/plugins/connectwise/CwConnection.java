package io.switchboard.plugins.connectwise;

import io.switchboard.plugin.InstanceState;
import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The HTTP client and API root of one connection, made on first use (creating a provider does
 * no I/O): the codebase comes from the settings or from {@code /login/companyinfo/{company}},
 * remembered in the instance state so it is asked once.
 */
final class CwConnection implements AutoCloseable {

    private static final String CODEBASE_KEY = "codebase";

    private final CwSettings settings;
    private final PluginContext context;
    private volatile CwHttp http;
    private volatile CwApi api;

    CwConnection(CwSettings settings, PluginContext context) {
        this.settings = settings;
        this.context = context;
    }

    synchronized CwHttp http() {
        if (http == null) {
            try {
                http = new CwHttp(
                        settings.site(),
                        settings.company(),
                        settings.publicKey(),
                        settings.privateKey(),
                        settings.clientId(),
                        guard(),
                        context.callBudget().compareTo(Duration.ofSeconds(30)) > 0
                                ? Duration.ofSeconds(30)
                                : context.callBudget());
            } catch (RemoteFailure e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return http;
    }

    synchronized CwApi api() {
        if (api == null) {
            try {
                api = new CwApi(http(), codebase());
            } catch (RemoteFailure e) {
                throw new Unavailable(e);
            }
        }
        return api;
    }

    /** A failure to reach the site while setting up, carried out of a Supplier and unwrapped by the provider. */
    static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(RemoteFailure cause) {
            super(cause.getMessage(), cause);
        }

        RemoteFailure failure() {
            return (RemoteFailure) getCause();
        }
    }

    String codebase() throws RemoteFailure {
        if (!settings.codebase().isEmpty()) {
            return settings.codebase();
        }
        Optional<String> known = state().flatMap(s -> s.get(CODEBASE_KEY));
        if (known.isPresent()) {
            return known.get();
        }
        URI info = URI.create(settings.site() + "/login/companyinfo/" + settings.company());
        CwHttp.Answer a = http().anonymous(info);
        if (!(a.json() instanceof JsonObject o) || JsonValues.string(o, "Codebase") == null) {
            throw new RemoteFailure(
                    RemoteFailure.Kind.INVALID,
                    "ConnectWise did not name a codebase for company " + settings.company());
        }
        String codebase = JsonValues.string(o, "Codebase");
        state().ifPresent(s -> s.put(CODEBASE_KEY, codebase, false));
        return codebase;
    }

    private Optional<InstanceState> state() {
        try {
            return Optional.of(context.state());
        } catch (UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private OutboundGuard guard() throws RemoteFailure {
        try {
            return context.outbound();
        } catch (UnsupportedOperationException e) {
            throw new RemoteFailure(
                    RemoteFailure.Kind.INVALID,
                    "this server offers no outbound guard; ConnectWise needs plugin API 1.1");
        }
    }

    /** The ConnectWise web UI root for ticket links: the site without its api- prefix. */
    String webRoot() {
        URI s = settings.site();
        String host = s.getHost().startsWith("api-") ? s.getHost().substring(4) : s.getHost();
        String port = s.getPort() == -1 ? "" : ":" + s.getPort();
        String codebase = settings.codebase().isEmpty()
                ? "v4_6_release"
                : settings.codebase().replaceAll("/+$", "");
        return s.getScheme() + "://" + host + port + "/" + codebase
                + "/services/system_io/Service/fv_sr100_request.rails?companyName=" + settings.company()
                + "&service_recid=";
    }

    @Override
    public synchronized void close() {
        if (http != null) {
            http.close();
        }
    }
}
