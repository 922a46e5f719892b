package io.switchboard.plugins.remotedesk;

import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.ConfigProperty;
import io.switchboard.plugin.ConnectionCheck;
import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.psa.CatalogKind;
import io.switchboard.plugin.psa.PsaProvider;
import io.switchboard.plugin.psa.PsaProviderFactory;
import java.util.List;

/** Connections to another desk's REST API (another Switchboard's /api/v1). */
public class RemoteDeskProviderFactory implements PsaProviderFactory {

    @Override
    public String id() {
        return "remote-desk";
    }

    @Override
    public String displayName() {
        return "Remote desk (Switchboard API)";
    }

    @Override
    public String description() {
        return "Two-way sync with another ticketing system's REST API, first of all another Switchboard: boards, "
                + "statuses, priorities, assignees, comments and time, with its webhooks as callbacks.";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(
                ConfigProperty.string(
                        RdSettings.URL,
                        "URL",
                        "The other desk's address, such as https://desk.example.com",
                        true,
                        null),
                ConfigProperty.secret(
                        RdSettings.TOKEN, "API token", "A personal API token (sbt_...) of the other desk", true),
                ConfigProperty.secret(
                        RdSettings.WEBHOOK_SECRET,
                        "Webhook signing secret",
                        "The signing secret of the other desk's notify-webhook that calls /api/v1/webhooks/{connection}",
                        false),
                OutboundGuard.allowListProperty());
    }

    @Override
    public List<ConfigProblem> validate(PluginConfig config) {
        return RdSettings.problems(config);
    }

    @Override
    public PsaProvider create(PluginContext context, PluginConfig config) {
        RdSettings settings = RdSettings.of(config);
        return new RemoteDeskProvider(
                new RdConnection(settings, context),
                new RdReader(settings.root().toString()),
                new RdCallbackVerifier(settings.webhookSecret(), context.clock()));
    }

    @Override
    public ConnectionCheck testConnection(PluginContext context, PluginConfig config) {
        try (PsaProvider provider = create(context, config)) {
            return ConnectionCheck.ok("remote desk: "
                    + provider.catalog(CatalogKind.BOARD, null, null, 1).size() + " boards visible");
        } catch (RemoteFailure e) {
            return ConnectionCheck.failed(e.getMessage());
        } catch (Exception e) {
            return ConnectionCheck.failed(e.getMessage());
        }
    }
}
