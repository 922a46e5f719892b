package io.switchboard.plugins.autotask;

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
 * The HTTP client and zone of one connection, made on first use (creating a provider does no
 * I/O): the zone comes from the unauthenticated {@code zoneInformation} lookup, remembered in
 * the instance state; a 401 may mean the tenant moved, so the zone is looked up again once.
 */
final class AtConnection implements AutoCloseable {

    private static final String ZONE_KEY = "zoneUrl";
    private static final String WEB_KEY = "webUrl";

    private final AtSettings settings;
    private final PluginContext context;
    private AtHttp http;
    private AtApi api;
    private String webUrl;

    AtConnection(AtSettings settings, PluginContext context) {
        this.settings = settings;
        this.context = context;
    }

    synchronized AtApi api() throws RemoteFailure {
        if (api == null) {
            api = new AtApi(http(), zone(false));
        }
        return api;
    }

    /** Forgets the zone and looks it up again, after Autotask refused the credentials. */
    synchronized AtApi relocate() throws RemoteFailure {
        api = new AtApi(http(), zone(true));
        return api;
    }

    synchronized Optional<String> webUrl() {
        if (webUrl == null) {
            webUrl = state().flatMap(s -> s.get(WEB_KEY)).orElse(null);
        }
        return Optional.ofNullable(webUrl);
    }

    private AtHttp http() throws RemoteFailure {
        if (http == null) {
            Duration budget = context.callBudget();
            http = new AtHttp(
                    settings,
                    guard(),
                    budget.compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : budget,
                    settings.zoneLookup());
        }
        return http;
    }

    private String zone(boolean again) throws RemoteFailure {
        Optional<String> known = again ? Optional.empty() : state().flatMap(s -> s.get(ZONE_KEY));
        if (known.isPresent()) {
            return known.get();
        }
        URI lookup = URI.create(settings.zoneLookup() + "/atservicesrest/v1.0/zoneInformation?user="
                + AtApi.encode(settings.userName()));
        JsonObject zone = http().anonymous(lookup).json();
        String url = JsonValues.string(zone, "url");
        if (url == null || url.isBlank()) {
            throw new RemoteFailure(
                    RemoteFailure.Kind.UNAUTHORIZED, "Autotask named no zone for " + settings.userName());
        }
        webUrl = JsonValues.string(zone, "webUrl");
        state().ifPresent(s -> {
            s.put(ZONE_KEY, url, false);
            if (webUrl != null) {
                s.put(WEB_KEY, webUrl, false);
            }
        });
        return url;
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
                    RemoteFailure.Kind.INVALID, "this server offers no outbound guard; Autotask needs plugin API 1.1");
        }
    }

    @Override
    public synchronized void close() {
        if (http != null) {
            http.close();
        }
    }
}
