package io.switchboard.application.plugin;

import io.switchboard.application.PluginAudit;
import io.switchboard.application.command.InstanceSpec;
import io.switchboard.application.notify.EventTypes;
import io.switchboard.application.view.PluginViews.ConnectionView;
import io.switchboard.application.view.PluginViews.InstanceView;
import io.switchboard.domain.plugin.DeliveryPolicy;
import io.switchboard.domain.plugin.PluginInstance;
import io.switchboard.domain.plugin.RetrySchedule;
import io.switchboard.domain.shared.ConflictException;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.shared.StaleVersionException;
import io.switchboard.plugin.ConnectionCheck;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Creating, changing, testing and deleting plugin instances, for the API, the Plugins page and the
 * mailbox and PSA pages. Every change is audited; secret values are never returned or audited,
 * only the names of the settings that changed.
 */
@Stateless
public class InstanceAdministration {

    @Inject
    PluginInstanceRepository instances;

    @Inject
    InstanceConfigurer configurer;

    @Inject
    InstanceViews views;

    @Inject
    PluginHost host;

    @Inject
    PluginAudit audit;

    @Inject
    Clock clock;

    public List<InstanceView> instances(String pluginId) {
        return instances.of(pluginId).stream().map(views::of).toList();
    }

    public InstanceView instance(long id) {
        return views.of(find(id));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public InstanceView createInstance(
            String pluginId, String kindKey, String factoryId, InstanceSpec spec, String actor) {
        HostedFactory factory = configurer.factory(pluginId, kindKey, factoryId);
        String name = checkedName(spec.name().isSet() ? spec.name().value() : null, null);
        RetrySchedule retry = spec.retry().isSet() && spec.retry().value() != null
                ? spec.retry().value()
                : RetrySchedule.DEFAULT;
        PluginInstance instance =
                new PluginInstance(pluginId, factory.kind(), factory.id(), name, retry, actor, clock.instant());
        spec.enabled().ifSet(on -> instance.switchOn(on == null || on));
        spec.events().ifSet(events -> instance.subscribe(checkedEvents(events)));
        spec.delivery().ifSet(policy -> instance.deliverBy(policy == null ? DeliveryPolicy.DEFAULT : policy));
        configurer.store(instance, ConfigChecks.merge(Map.of(), spec.config(), factory), factory);
        instances.add(instance);
        audit(
                actor,
                "instance-create",
                instance,
                "created instance '" + name + "' of " + factory.kind() + " " + factory.id() + "; settings: "
                        + settingNames(spec));
        return views.of(instance);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public InstanceView updateInstance(long id, Long expectedVersion, InstanceSpec spec, String actor) {
        PluginInstance instance = find(id);
        if (expectedVersion != null && expectedVersion != instance.version()) {
            throw new StaleVersionException("Plugin instance " + id, expectedVersion, instance.version());
        }
        List<String> changed = apply(instance, spec);
        if (!spec.config().isEmpty()) {
            HostedFactory factory = configurer.factory(instance.pluginId(), instance.kind(), instance.factoryId());
            configurer.store(instance, configurer.merged(instance, spec.config(), factory), factory);
            changed.add("settings: " + settingNames(spec));
        }
        instance.touch(actor, clock.instant());
        instances.flush();
        host.dropInstance(instance.pluginId(), instance.id());
        audit(
                actor,
                "instance-update",
                instance,
                "changed instance '" + instance.name() + "': "
                        + (changed.isEmpty() ? "nothing" : String.join("; ", changed)));
        return views.of(instance);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deleteInstance(long id, String actor) {
        PluginInstance instance = find(id);
        instances.remove(instance);
        host.dropInstance(instance.pluginId(), instance.id());
        audit(actor, "instance-delete", instance, "deleted instance '" + instance.name() + "'");
    }

    /** Asks the factory to try the stored configuration against the outside world. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ConnectionView testInstance(long id) {
        PluginInstance instance = find(id);
        HostedFactory factory = configurer.factory(instance.pluginId(), instance.kind(), instance.factoryId());
        try {
            ConnectionCheck check = host.testConnection(
                    factory, instance.id(), instance.name(), configurer.effective(instance, factory));
            return check == null
                    ? new ConnectionView("FAILED", "the plugin gave no answer")
                    : new ConnectionView(check.outcome().name(), check.message());
        } catch (PluginUnreachable e) {
            return new ConnectionView("FAILED", e.getMessage());
        }
    }

    /** Applies the spec's name, switch, events, retry and delivery; answers what changed, for the audit. */
    private List<String> apply(PluginInstance instance, InstanceSpec spec) {
        List<String> changed = new ArrayList<>();
        if (spec.name().isSet()) {
            String name = checkedName(spec.name().value(), instance.id());
            if (!name.equals(instance.name())) {
                instance.rename(name);
                changed.add("name");
            }
        }
        spec.enabled().ifSet(on -> {
            instance.switchOn(on == null || on);
            changed.add("enabled=" + instance.isEnabled());
        });
        spec.events().ifSet(events -> {
            instance.subscribe(checkedEvents(events));
            changed.add("events");
        });
        spec.retry().ifSet(retry -> {
            instance.reschedule(retry == null ? RetrySchedule.DEFAULT : retry);
            changed.add("retry");
        });
        spec.delivery().ifSet(policy -> {
            instance.deliverBy(policy == null ? DeliveryPolicy.DEFAULT : policy);
            changed.add("delivery");
        });
        return changed;
    }

    private String checkedName(String name, Long self) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 80) {
            throw new InvalidInputException("name", "must be 1 to 80 characters");
        }
        if (instances.named(n).stream().anyMatch(id -> !id.equals(self))) {
            throw new ConflictException("There is already a plugin instance named '" + n + "'.");
        }
        return n;
    }

    private static Set<String> checkedEvents(Set<String> events) {
        if (events == null) {
            return Set.of();
        }
        List<String> unknown =
                events.stream().filter(e -> !EventTypes.isKnown(e)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(
                    "events", "has unknown event types " + unknown + "; known: " + String.join(", ", EventTypes.ALL));
        }
        return new TreeSet<>(events);
    }

    private PluginInstance find(long id) {
        return instances.find(id).orElseThrow(() -> new NotFoundException("Plugin instance", id));
    }

    private static String settingNames(InstanceSpec spec) {
        return String.join(", ", new TreeSet<>(spec.config().keySet()));
    }

    private void audit(String actor, String action, PluginInstance instance, String detail) {
        String sha = host.plugin(instance.pluginId()).map(HostedPlugin::sha256).orElse(null);
        audit.audit(actor, action, instance.pluginId(), instance.id(), detail, sha);
    }
}
