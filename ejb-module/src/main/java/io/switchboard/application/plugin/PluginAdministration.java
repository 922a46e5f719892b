package io.switchboard.application.plugin;

import io.switchboard.application.PluginAudit;
import io.switchboard.application.view.Page;
import io.switchboard.application.view.PluginViews.AuditView;
import io.switchboard.application.view.PluginViews.DiagnosticsView;
import io.switchboard.application.view.PluginViews.ErrorView;
import io.switchboard.application.view.PluginViews.FactoryView;
import io.switchboard.application.view.PluginViews.InstallView;
import io.switchboard.application.view.PluginViews.PluginView;
import io.switchboard.application.view.PluginViews.PropertyView;
import io.switchboard.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

/**
 * Installing, upgrading, switching and removing plugins, for the API and the Plugins page, with
 * the audit trail and the host's class-loader figures. Every change is audited with who, when,
 * what and the jar's SHA-256. Instances are {@link InstanceAdministration}'s.
 */
@Stateless
public class PluginAdministration {

    @Inject
    PluginHost host;

    @Inject
    PluginInstanceRepository instances;

    @Inject
    PluginAudit audit;

    public List<PluginView> plugins() {
        Map<String, Long> counts = instances.countsByPlugin();
        return host.plugins().stream()
                .map(p -> view(p, counts.getOrDefault(p.id(), 0L)))
                .toList();
    }

    public PluginView plugin(String id) {
        HostedPlugin p = host.plugin(id).orElseThrow(() -> new NotFoundException("Plugin", id));
        return view(p, instances.countsByPlugin().getOrDefault(id, 0L));
    }

    /** Installs or upgrades from an uploaded jar, without a restart. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public InstallView install(InputStream jar, String actor) {
        PluginHost.Installed done = host.install(jar, actor);
        HostedPlugin p = done.plugin();
        return new InstallView(
                p.id(),
                p.version(),
                p.apiVersion(),
                p.sha256(),
                p.state().name(),
                p.reason(),
                done.previousVersion() != null,
                done.previousVersion());
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void remove(String id, String actor) {
        if (!host.remove(id, actor)) {
            throw new NotFoundException("Plugin", id);
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PluginView enable(String id, String actor) {
        if (!host.enable(id, actor)) {
            throw new NotFoundException("Plugin", id);
        }
        return plugin(id);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PluginView disable(String id, String actor) {
        if (!host.disable(id, actor)) {
            throw new NotFoundException("Plugin", id);
        }
        return plugin(id);
    }

    public Page<AuditView> audit(String pluginId, int page, int pageSize) {
        List<AuditView> items = audit.entries(pluginId, (page - 1) * pageSize, pageSize).stream()
                .map(a -> new AuditView(
                        a.id(), a.at(), a.actor(), a.action(), a.pluginId(), a.instanceId(), a.detail(), a.sha256()))
                .toList();
        return new Page<>(items, audit.count(pluginId), page, pageSize);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DiagnosticsView diagnostics(boolean collectFirst) {
        if (collectFirst) {
            for (int i = 0; i < 3; i++) {
                System.gc(); // an admin asked: old class loaders only disappear from the figures after a collection
            }
        }
        var classes = ManagementFactory.getClassLoadingMXBean();
        PluginHost.Retention retention = host.retention();
        return new DiagnosticsView(
                classes.getLoadedClassCount(),
                classes.getUnloadedClassCount(),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                retention.active(),
                retention.retiredLoaders(),
                retention.retainedLoaders(),
                retention.abandonedCalls());
    }

    private static PluginView view(HostedPlugin p, long instances) {
        return new PluginView(
                p.id(),
                p.version(),
                p.apiVersion(),
                p.sha256(),
                p.file(),
                p.state().name(),
                p.reason(),
                p.loadedAt(),
                p.factories().stream().map(PluginAdministration::view).toList(),
                instances,
                p.lastErrors().stream()
                        .map(e -> new ErrorView(e.at(), e.instanceId(), e.message()))
                        .toList());
    }

    private static FactoryView view(HostedFactory f) {
        return new FactoryView(
                f.kind(),
                f.id(),
                f.displayName(),
                f.description(),
                f.channel(),
                f.properties().stream()
                        .map(p -> new PropertyView(
                                p.name(),
                                p.label(),
                                p.help(),
                                p.type().name().toLowerCase(),
                                p.required(),
                                p.defaultValue(),
                                p.secret(),
                                p.options()))
                        .toList());
    }
}
