package io.switchboard.plugins.autotask;

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
import io.switchboard.plugin.psa.RateBudget;
import java.util.List;
import java.util.Optional;

/** Autotask PSA connections. */
public class AutotaskProviderFactory implements PsaProviderFactory {

    static final String DEFAULT_COMPANY = "defaultCompanyId";

    @Override
    public String id() {
        return "autotask";
    }

    @Override
    public String displayName() {
        return "Autotask PSA";
    }

    @Override
    public String description() {
        return "Two-way ticket sync with Autotask PSA through its REST API: queues, picklists, notes, primary and "
                + "secondary resources, time entries and attachments, within the tenant's hourly budget.";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(
                ConfigProperty.string(AtSettings.USER_NAME, "API user", "The API user's email address", true, null),
                ConfigProperty.secret(AtSettings.SECRET, "Secret", "The API user's secret", true),
                ConfigProperty.string(
                        AtSettings.INTEGRATION_CODE,
                        "Integration code",
                        "The API tracking identifier of the integration",
                        true,
                        null),
                ConfigProperty.string(
                        AtSettings.ZONE_LOOKUP,
                        "Zone lookup",
                        "Where the zone is looked up; the default works for every tenant",
                        false,
                        AtSettings.DEFAULT_ZONE_LOOKUP),
                ConfigProperty.string(
                        DEFAULT_COMPANY,
                        "Default company id",
                        "The company new tickets go to when none is chosen (0 is your own company)",
                        false,
                        null),
                ConfigProperty.string(
                        AtSettings.IMPERSONATE,
                        "Impersonate resource id",
                        "Optional: the resource the API user acts as",
                        false,
                        null),
                OutboundGuard.allowListProperty());
    }

    @Override
    public List<ConfigProblem> validate(PluginConfig config) {
        List<ConfigProblem> out = new java.util.ArrayList<>(AtSettings.problems(config));
        String company = config.string(DEFAULT_COMPANY, "").trim();
        if (!company.isEmpty() && !company.matches("\\d+")) {
            out.add(new ConfigProblem(DEFAULT_COMPANY, "a company id is a number"));
        }
        return out;
    }

    @Override
    public PsaProvider create(PluginContext context, PluginConfig config) {
        AtSettings settings = AtSettings.of(config);
        return new AutotaskProvider(
                new AtConnection(settings, context),
                context.clock(),
                settings.userName(),
                config.string(DEFAULT_COMPANY, "").trim());
    }

    @Override
    public ConnectionCheck testConnection(PluginContext context, PluginConfig config) {
        try (PsaProvider provider = create(context, config)) {
            int queues = provider.catalog(CatalogKind.BOARD, null, null, 1).size();
            Optional<RateBudget> budget = provider.budget();
            return ConnectionCheck.ok("Autotask: " + queues + " queues visible"
                    + budget.map(b -> ", " + b.remaining() + " of " + b.limit() + " requests left this hour")
                            .orElse(""));
        } catch (RemoteFailure e) {
            return ConnectionCheck.failed(e.getMessage());
        } catch (Exception e) {
            return ConnectionCheck.failed(e.getMessage());
        }
    }
}
