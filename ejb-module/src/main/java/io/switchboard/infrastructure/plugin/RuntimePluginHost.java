package io.switchboard.infrastructure.plugin;

import io.switchboard.application.plugin.HostedFactory;
import io.switchboard.application.plugin.HostedPlugin;
import io.switchboard.application.plugin.PluginHost;
import io.switchboard.application.plugin.PluginUnreachable;
import io.switchboard.domain.shared.UnprocessableException;
import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.ConnectionCheck;
import io.switchboard.plugin.PluginConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** The plugin host as administration sees it: the {@link PluginRuntime}, its records copied into the port's. */
@ApplicationScoped
public class RuntimePluginHost implements PluginHost {

    @Inject
    PluginRuntime runtime;

    @Inject
    PluginContexts contexts;

    @Inject
    PluginSettings settings;

    @Override
    public List<HostedPlugin> plugins() {
        return runtime.statuses().stream().map(RuntimePluginHost::hosted).toList();
    }

    @Override
    public Optional<HostedPlugin> plugin(String id) {
        return runtime.status(id).map(RuntimePluginHost::hosted);
    }

    @Override
    public Installed install(InputStream jar, String actor) {
        try {
            PluginRuntime.Installed done = runtime.install(jar, actor);
            return new Installed(hosted(done.status()), done.previousVersion());
        } catch (PluginRuntime.InvalidUpload e) {
            throw new UnprocessableException("jar", e.getMessage());
        }
    }

    @Override
    public boolean remove(String id, String actor) {
        return runtime.remove(id, actor);
    }

    @Override
    public boolean enable(String id, String actor) {
        return runtime.enable(id, actor);
    }

    @Override
    public boolean disable(String id, String actor) {
        return runtime.disable(id, actor);
    }

    @Override
    public void dropInstance(String pluginId, long instanceId) {
        runtime.dropInstance(pluginId, instanceId);
    }

    @Override
    public Circuit circuit(long instanceId) {
        String state = runtime.breakerState(instanceId).name().toLowerCase().replace('_', '-');
        return new Circuit(state, runtime.lastFailure(instanceId));
    }

    @Override
    public Retention retention() {
        PluginRuntime.Retention r = runtime.retention();
        return new Retention(r.active(), r.retiredLoaders(), r.retainedLoaders(), r.abandonedCalls());
    }

    @Override
    public List<ConfigProblem> problems(HostedFactory factory, PluginConfig config) throws PluginUnreachable {
        try {
            return runtime.withFactory(factory.pluginId(), kind(factory), factory.id(), settings.callTimeout(), f -> {
                List<ConfigProblem> own = f.validate(config);
                return own == null ? List.of() : List.copyOf(own); // copied: nothing of the plugin's is kept
            });
        } catch (PluginCallFailed e) {
            throw new PluginUnreachable(e.getMessage(), e);
        }
    }

    @Override
    public ConnectionCheck testConnection(
            HostedFactory factory, long instanceId, String instanceName, PluginConfig config) throws PluginUnreachable {
        try {
            return runtime.withFactory(
                    factory.pluginId(),
                    kind(factory),
                    factory.id(),
                    settings.callTimeout(),
                    f -> f.testConnection(
                            contexts.forSaved(factory.pluginId(), instanceId, instanceName, config), config));
        } catch (PluginCallFailed e) {
            throw new PluginUnreachable(e.getMessage(), e);
        }
    }

    private static PluginKind kind(HostedFactory factory) throws PluginUnreachable {
        return PluginKind.byKey(factory.kind())
                .orElseThrow(() -> new PluginUnreachable("no plugin kind '" + factory.kind() + "'", null));
    }

    private static HostedPlugin hosted(PluginStatus s) {
        return new HostedPlugin(
                s.id(),
                s.version(),
                s.apiVersion(),
                s.sha256(),
                s.file(),
                HostedPlugin.State.valueOf(s.state().name()),
                s.reason(),
                s.loadedAt(),
                s.factories().stream()
                        .map(f -> new HostedFactory(
                                s.id(),
                                f.kind().key(),
                                f.id(),
                                f.displayName(),
                                f.description(),
                                f.properties(),
                                f.channel()))
                        .toList(),
                s.lastErrors().stream()
                        .map(e -> new HostedPlugin.Failure(e.at(), e.instanceId(), e.message()))
                        .toList());
    }
}
