package io.switchboard.plugins.connectwise;

import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.ConfigProperty;
import io.switchboard.plugin.ConnectionCheck;
import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginContext;
import io.switchboard.plugin.RemoteFailure;
import io.switchboard.plugin.psa.PsaProvider;
import io.switchboard.plugin.psa.PsaProviderFactory;
import io.switchboard.plugins.psasupport.JsonValues;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;

/** ConnectWise PSA (Manage) connections. */
public class ConnectWiseProviderFactory implements PsaProviderFactory {

    @Override
    public String id() {
        return "connectwise";
    }

    @Override
    public String displayName() {
        return "ConnectWise PSA";
    }

    @Override
    public String description() {
        return "Two-way ticket sync with ConnectWise PSA (Manage) through its REST API: boards, statuses, notes, "
                + "schedule entries, time and documents.";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(
                ConfigProperty.string(
                        CwSettings.SITE,
                        "Site",
                        "API host such as api-na.myconnectwise.net (or a full URL)",
                        true,
                        null),
                ConfigProperty.string(CwSettings.COMPANY, "Company ID", "The company you sign in with", true, null),
                ConfigProperty.string(CwSettings.PUBLIC_KEY, "Public key", "The API member's public key", true, null),
                ConfigProperty.secret(CwSettings.PRIVATE_KEY, "Private key", "The API member's private key", true),
                ConfigProperty.string(
                        CwSettings.CLIENT_ID,
                        "Client ID",
                        "The integration's clientId from the ConnectWise developer portal",
                        true,
                        null),
                ConfigProperty.string(
                        CwSettings.CODEBASE,
                        "Codebase",
                        "Leave empty to discover it (v4_6_release, v2025_1...)",
                        false,
                        null),
                OutboundGuard.allowListProperty());
    }

    @Override
    public List<ConfigProblem> validate(PluginConfig config) {
        return CwSettings.problems(config);
    }

    @Override
    public PsaProvider create(PluginContext context, PluginConfig config) {
        CwConnection connection = new CwConnection(CwSettings.of(config), context);
        return new ConnectWiseProvider(
                connection::api,
                new CwTicketReader(connection.webRoot()),
                new CwCallbackVerifier(connection::http, context.logger()),
                context.clock()) {
            @Override
            public void close() {
                connection.close();
            }
        };
    }

    @Override
    public ConnectionCheck testConnection(PluginContext context, PluginConfig config) {
        try (CwConnection connection = new CwConnection(CwSettings.of(config), context)) {
            CwApi api = connection.api();
            JsonObject info = (JsonObject) api.get("/system/info", Map.of()).json();
            int boards = api.list("/service/boards", Map.of("pageSize", "1000")).size();
            return ConnectionCheck.ok("ConnectWise " + JsonValues.string(info, "version") + " at " + api.root() + ": "
                    + boards + " boards visible");
        } catch (CwConnection.Unavailable e) {
            return ConnectionCheck.failed(e.failure().getMessage());
        } catch (RemoteFailure e) {
            return ConnectionCheck.failed(e.getMessage());
        } catch (RuntimeException e) {
            return ConnectionCheck.failed(e.getMessage());
        }
    }
}
