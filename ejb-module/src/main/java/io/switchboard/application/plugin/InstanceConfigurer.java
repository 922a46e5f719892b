package io.switchboard.application.plugin;

import io.switchboard.domain.plugin.PluginInstance;
import io.switchboard.domain.shared.FieldError;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.UnprocessableException;
import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.ConfigProperty;
import io.switchboard.plugin.PluginConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the factory an instance belongs to and stores its settings once the host's checks and the
 * plugin's own have passed; nothing is written while any check fails.
 */
@ApplicationScoped
public class InstanceConfigurer {

    @Inject
    PluginHost host;

    @Inject
    InstanceSettings settings;

    /** The one factory of a running plugin that matches; a null kind or id matches any. */
    public HostedFactory factory(String pluginId, String kindKey, String factoryId) {
        HostedPlugin plugin = host.plugin(pluginId)
                .orElseThrow(() -> new UnprocessableException("plugin", "plugin " + pluginId + " is not installed"));
        if (plugin.state() != HostedPlugin.State.ACTIVE) {
            throw new UnprocessableException(
                    "plugin",
                    "plugin " + pluginId + " is " + plugin.state().name().toLowerCase()
                            + (plugin.reason() == null ? "" : ": " + plugin.reason()));
        }
        List<HostedFactory> matching = plugin.factories().stream()
                .filter(f -> kindKey == null || f.kind().equals(kindKey))
                .filter(f -> factoryId == null || f.id().equals(factoryId))
                .toList();
        if (matching.size() != 1) {
            String offered =
                    plugin.factories().stream().map(HostedFactory::label).collect(Collectors.joining(", "));
            throw new UnprocessableException(
                    "factory",
                    (matching.isEmpty() ? "matches no factory" : "is ambiguous") + " of plugin " + pluginId
                            + "; it offers: " + offered);
        }
        return matching.get(0);
    }

    /** The stored values, secrets opened, with {@code update} applied. */
    public Map<String, String> merged(PluginInstance instance, Map<String, String> update, HostedFactory factory) {
        Map<String, String> stored = new HashMap<>(settings.plain(instance));
        stored.putAll(settings.openSecrets(instance));
        return ConfigChecks.merge(stored, update, factory);
    }

    /** The saved configuration as the plugin object gets it. */
    public PluginConfig effective(PluginInstance instance, HostedFactory factory) {
        return settings.effective(instance, factory.properties());
    }

    /** Checks {@code values} (types, then the host's and the plugin's own checks) and stores them. */
    public void store(PluginInstance instance, Map<String, String> values, HostedFactory factory) {
        List<FieldError> errors = ConfigChecks.typeErrors(values, factory.properties());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PluginConfig candidate = ConfigChecks.effective(values, factory.properties());
        List<ConfigProblem> problems;
        try {
            problems = ConfigChecks.withHostProblems(candidate, host.problems(factory, candidate));
        } catch (PluginUnreachable e) {
            throw new UnprocessableException(
                    "config", "the plugin could not check this configuration: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .map(p -> new FieldError("config." + p.field(), p.message()))
                    .toList());
        }
        Set<String> secretNames = factory.properties().stream()
                .filter(ConfigProperty::secret)
                .map(ConfigProperty::name)
                .collect(Collectors.toSet());
        Map<String, String> plain = new HashMap<>();
        Map<String, String> secret = new HashMap<>();
        values.forEach((k, v) -> (secretNames.contains(k) ? secret : plain).put(k, v));
        settings.write(instance, plain, secret);
    }
}
