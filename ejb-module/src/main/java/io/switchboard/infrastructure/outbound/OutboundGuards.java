package io.switchboard.infrastructure.outbound;

import io.switchboard.domain.plugin.AllowList;
import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.PluginConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands out the guard for each caller: the server-wide allow-list
 * ({@code switchboard.outbound.allow-internal}, for a relay every instance may use) plus the
 * instance's own {@link OutboundGuard#ALLOW_LIST} setting.
 */
@ApplicationScoped
public class OutboundGuards {

    private static final Logger LOG = Logger.getLogger(OutboundGuards.class.getName());

    @Inject
    @ConfigProperty(name = "switchboard.outbound.allow-internal", defaultValue = " ")
    String serverWide;

    private volatile AllowList server;

    /** The guard for an instance (or a draft) with this configuration. */
    public OutboundGuard forConfig(PluginConfig config) {
        AllowList own;
        try {
            own = AllowList.of(config.list(OutboundGuard.ALLOW_LIST));
        } catch (IllegalArgumentException e) {
            own = AllowList.NONE; // validation refuses such a value; an old stored one opens nothing
        }
        return HostOutboundGuard.of(serverWide().plus(own));
    }

    /** The guard for the core's own outbound calls. */
    public OutboundGuard forHost() {
        return HostOutboundGuard.of(serverWide());
    }

    private AllowList serverWide() {
        if (server == null) {
            List<String> entries = Arrays.asList(serverWide.split("[,\\s]+"));
            try {
                server = AllowList.of(entries);
            } catch (IllegalArgumentException e) {
                LOG.severe("switchboard.outbound.allow-internal is ignored: " + e.getMessage());
                server = AllowList.NONE;
            }
        }
        return server;
    }
}
