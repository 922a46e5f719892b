package io.switchboard.application;

import io.switchboard.application.command.InstanceSpec;
import io.switchboard.application.notify.EventTypes;
import io.switchboard.application.notify.SubscriberBacklog;
import io.switchboard.application.notify.SubscriberKeys;
import io.switchboard.application.view.Page;
import io.switchboard.application.view.PluginViews.AttemptView;
import io.switchboard.application.view.PluginViews.AuditView;
import io.switchboard.application.view.PluginViews.ConnectionView;
import io.switchboard.application.view.PluginViews.DeliveryPolicyView;
import io.switchboard.application.view.PluginViews.DiagnosticsView;
import io.switchboard.application.view.PluginViews.ErrorView;
import io.switchboard.application.view.PluginViews.FactoryView;
import io.switchboard.application.view.PluginViews.HealthView;
import io.switchboard.application.view.PluginViews.InstallView;
import io.switchboard.application.view.PluginViews.InstanceView;
import io.switchboard.application.view.PluginViews.PluginView;
import io.switchboard.application.view.PluginViews.PropertyView;
import io.switchboard.application.view.PluginViews.RetryView;
import io.switchboard.domain.plugin.AllowList;
import io.switchboard.domain.plugin.DeliveryPolicy;
import io.switchboard.domain.plugin.PluginAuditEntry;
import io.switchboard.domain.plugin.PluginInstance;
import io.switchboard.domain.plugin.RetrySchedule;
import io.switchboard.domain.shared.ConflictException;
import io.switchboard.domain.shared.FieldError;
import io.switchboard.domain.shared.InvalidInputException;
import io.switchboard.domain.shared.NotFoundException;
import io.switchboard.domain.shared.StaleVersionException;
import io.switchboard.domain.shared.UnprocessableException;
import io.switchboard.infrastructure.plugin.CircuitBreaker;
import io.switchboard.infrastructure.plugin.FactoryInfo;
import io.switchboard.infrastructure.plugin.InstanceConfigCodec;
import io.switchboard.infrastructure.plugin.PluginCallFailed;
import io.switchboard.infrastructure.plugin.PluginContexts;
import io.switchboard.infrastructure.plugin.PluginRegistryStore;
import io.switchboard.infrastructure.plugin.PluginRuntime;
import io.switchboard.infrastructure.plugin.PluginSettings;
import io.switchboard.infrastructure.plugin.PluginState;
import io.switchboard.infrastructure.plugin.PluginStatus;
import io.switchboard.plugin.ConfigProblem;
import io.switchboard.plugin.ConfigProperty;
import io.switchboard.plugin.ConnectionCheck;
import io.switchboard.plugin.OutboundGuard;
import io.switchboard.plugin.PluginConfig;
import io.switchboard.plugin.PluginFactory;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Installing, switching and configuring plugins, for the API and the admin page. Every change is
 * audited with who, when, what and the jar's SHA-256; values of secret settings are never
 * returned, logged or audited.
 */
@Stateless
public class PluginAdministration {

    @Inject
    SubscriberBacklog backlogs;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    PluginRuntime runtime;

    @Inject
    PluginRegistryStore registry;

    @Inject
    InstanceConfigCodec codec;

    @Inject
    PluginContexts contexts;

    @Inject
    PluginSettings settings;

    @Inject
    Clock clock;

    // ---- plugins ----

    public List<PluginView> plugins() {
        Map<String, Long> counts = instanceCounts();
        return runtime.statuses().stream()
                .map(s -> view(s, counts.getOrDefault(s.id(), 0L)))
                .toList();
    }

    public PluginView plugin(String id) {
        PluginStatus s = runtime.status(id).orElseThrow(() -> new NotFoundException("Plugin", id));
        return view(s, instanceCounts().getOrDefault(id, 0L));
    }

    /** Installs or upgrades from an uploaded jar, without a restart. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public InstallView install(InputStream jar, String actor) {
        try {
            PluginRuntime.Installed done = runtime.install(jar, actor);
            PluginStatus s = done.status();
            return new InstallView(
                    s.id(),
                    s.version(),
                    s.apiVersion(),
                    s.sha256(),
                    s.state().name(),
                    s.reason(),
                    done.previousVersion() != null,
                    done.previousVersion());
        } catch (PluginRuntime.InvalidUpload e) {
            throw new UnprocessableException("jar", e.getMessage());
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void remove(String id, String actor) {
        if (!runtime.remove(id, actor)) {
            throw new NotFoundException("Plugin", id);
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PluginView enable(String id, String actor) {
        if (!runtime.enable(id, actor)) {
            throw new NotFoundException("Plugin", id);
        }
        return plugin(id);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PluginView disable(String id, String actor) {
        if (!runtime.disable(id, actor)) {
            throw new NotFoundException("Plugin", id);
        }
        return plugin(id);
    }

    // ---- instances ----

    public List<InstanceView> instances(String pluginId) {
        String jpql = "SELECT i FROM PluginInstance i" + (pluginId == null ? "" : " WHERE i.pluginId = :p")
                + " ORDER BY i.name";
        var q = em.createQuery(jpql, PluginInstance.class);
        if (pluginId != null) {
            q.setParameter("p", pluginId);
        }
        return q.getResultStream().map(this::view).toList();
    }

    public InstanceView instance(long id) {
        return view(find(id));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public InstanceView createInstance(
            String pluginId, String kindKey, String factoryId, InstanceSpec spec, String actor) {
        FactoryInfo factory = factory(pluginId, kindKey, factoryId);
        String name = checkedName(spec.name().isSet() ? spec.name().value() : null, null);
        RetrySchedule retry = spec.retry().isSet() && spec.retry().value() != null
                ? spec.retry().value()
                : RetrySchedule.DEFAULT;
        PluginInstance instance =
                new PluginInstance(pluginId, factory.kind().key(), factory.id(), name, retry, actor, clock.instant());
        spec.enabled().ifSet(on -> instance.switchOn(on == null || on));
        spec.events().ifSet(events -> instance.subscribe(checkedEvents(events)));
        spec.delivery().ifSet(policy -> instance.deliverBy(policy == null ? DeliveryPolicy.DEFAULT : policy));
        Map<String, String> merged = merge(Map.of(), Map.of(), spec.config(), factory);
        store(instance, merged, factory, name);
        em.persist(instance);
        em.flush();
        registry.audit(
                actor,
                "instance-create",
                pluginId,
                instance.id(),
                "created instance '" + name + "' of " + factory.kind().key() + " " + factory.id() + "; settings: "
                        + String.join(", ", new TreeSet<>(spec.config().keySet())),
                runtimeSha(pluginId));
        return view(instance);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public InstanceView updateInstance(long id, Long expectedVersion, InstanceSpec spec, String actor) {
        PluginInstance instance = find(id);
        if (expectedVersion != null && expectedVersion != instance.version()) {
            throw new StaleVersionException("Plugin instance " + id, expectedVersion, instance.version());
        }
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
        if (!spec.config().isEmpty()) {
            FactoryInfo factory = factory(instance.pluginId(), instance.kind(), instance.factoryId());
            Map<String, String> merged =
                    merge(codec.plain(instance), codec.openSecrets(instance), spec.config(), factory);
            store(instance, merged, factory, instance.name());
            changed.add(
                    "settings: " + String.join(", ", new TreeSet<>(spec.config().keySet())));
        }
        instance.touch(actor, clock.instant());
        em.flush();
        runtime.dropInstance(instance.pluginId(), instance.id());
        registry.audit(
                actor,
                "instance-update",
                instance.pluginId(),
                instance.id(),
                "changed instance '" + instance.name() + "': "
                        + (changed.isEmpty() ? "nothing" : String.join("; ", changed)),
                runtimeSha(instance.pluginId()));
        return view(instance);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deleteInstance(long id, String actor) {
        PluginInstance instance = find(id);
        em.remove(instance);
        runtime.dropInstance(instance.pluginId(), instance.id());
        registry.audit(
                actor,
                "instance-delete",
                instance.pluginId(),
                instance.id(),
                "deleted instance '" + instance.name() + "'",
                runtimeSha(instance.pluginId()));
    }

    /** Asks the factory to try the stored configuration against the outside world. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ConnectionView testInstance(long id) {
        PluginInstance instance = find(id);
        FactoryInfo factory = factory(instance.pluginId(), instance.kind(), instance.factoryId());
        PluginConfig config = codec.effective(instance, factory.properties());
        try {
            ConnectionCheck check = runtime.withFactory(
                    instance.pluginId(),
                    factory.kind(),
                    factory.id(),
                    settings.callTimeout(),
                    f -> f.testConnection(
                            contexts.forSaved(instance.pluginId(), instance.id(), instance.name(), config), config));
            return check == null
                    ? new ConnectionView("FAILED", "the plugin gave no answer")
                    : new ConnectionView(check.outcome().name(), check.message());
        } catch (PluginCallFailed e) {
            return new ConnectionView("FAILED", e.getMessage());
        }
    }

    public Page<AuditView> audit(String pluginId, int page, int pageSize) {
        String where = pluginId == null ? "" : " WHERE a.pluginId = :p";
        var q = em.createQuery(
                "SELECT a FROM PluginAuditEntry a" + where + " ORDER BY a.at DESC, a.id DESC", PluginAuditEntry.class);
        var count = em.createQuery("SELECT COUNT(a) FROM PluginAuditEntry a" + where, Long.class);
        if (pluginId != null) {
            q.setParameter("p", pluginId);
            count.setParameter("p", pluginId);
        }
        List<AuditView> items = q.setFirstResult((page - 1) * pageSize)
                .setMaxResults(pageSize)
                .getResultStream()
                .map(a -> new AuditView(
                        a.id(), a.at(), a.actor(), a.action(), a.pluginId(), a.instanceId(), a.detail(), a.sha256()))
                .toList();
        return new Page<>(items, count.getSingleResult(), page, pageSize);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DiagnosticsView diagnostics(boolean collectFirst) {
        if (collectFirst) {
            for (int i = 0; i < 3; i++) {
                System.gc(); // an admin asked: old class loaders only disappear from the figures after a collection
            }
        }
        var classes = ManagementFactory.getClassLoadingMXBean();
        var retention = runtime.retention();
        return new DiagnosticsView(
                classes.getLoadedClassCount(),
                classes.getUnloadedClassCount(),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                retention.active(),
                retention.retiredLoaders(),
                retention.retainedLoaders(),
                retention.abandonedCalls());
    }

    // ---- helpers ----

    private void store(PluginInstance instance, Map<String, String> merged, FactoryInfo factory, String name) {
        List<FieldError> errors = checkTypes(merged, factory.properties());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PluginConfig candidate = effective(merged, factory.properties());
        List<ConfigProblem> problems;
        try {
            problems = runtime.withFactory(
                    instance.pluginId(),
                    factory.kind(),
                    factory.id(),
                    settings.callTimeout(),
                    f -> List.copyOf(validate(f, candidate)));
        } catch (PluginCallFailed e) {
            throw new UnprocessableException(
                    "config", "the plugin could not check this configuration: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .map(p -> new FieldError("config." + p.field(), p.message()))
                    .toList());
        }
        Map<String, String> plain = new HashMap<>();
        Map<String, String> secret = new HashMap<>();
        Set<String> secretNames = new TreeSet<>();
        factory.properties().stream().filter(ConfigProperty::secret).forEach(p -> secretNames.add(p.name()));
        merged.forEach((k, v) -> (secretNames.contains(k) ? secret : plain).put(k, v));
        codec.write(instance, plain, secret);
    }

    private static List<ConfigProblem> validate(PluginFactory<?> factory, PluginConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        // The host applies the allow-list to the instance's outbound guard, so the host checks it.
        AllowList.problem(config.list(OutboundGuard.ALLOW_LIST))
                .ifPresent(p -> problems.add(new ConfigProblem(OutboundGuard.ALLOW_LIST, p)));
        List<ConfigProblem> own = factory.validate(config);
        if (own != null) {
            own.stream()
                    .filter(p -> problems.isEmpty() || !OutboundGuard.ALLOW_LIST.equals(p.field()))
                    .forEach(problems::add);
        }
        return problems;
    }

    /** Stored values with the update applied: a value sets, null clears, absent keeps. Unknown names are refused. */
    private static Map<String, String> merge(
            Map<String, String> plain, Map<String, String> secrets, Map<String, String> update, FactoryInfo factory) {
        Set<String> known = new TreeSet<>();
        factory.properties().forEach(p -> known.add(p.name()));
        List<FieldError> unknown = update.keySet().stream()
                .filter(k -> !known.contains(k))
                .map(k -> new FieldError(
                        "config." + k,
                        "is not a setting of " + factory.id() + "; settings: " + String.join(", ", known)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        Map<String, String> merged = new LinkedHashMap<>(plain);
        merged.putAll(secrets);
        update.forEach((k, v) -> {
            if (v == null || v.isEmpty()) {
                merged.remove(k);
            } else {
                merged.put(k, v);
            }
        });
        return merged;
    }

    private static PluginConfig effective(Map<String, String> values, List<ConfigProperty> properties) {
        Map<String, String> all = new LinkedHashMap<>();
        properties.stream().filter(p -> p.defaultValue() != null).forEach(p -> all.put(p.name(), p.defaultValue()));
        all.putAll(values);
        return PluginConfig.of(all);
    }

    private static List<FieldError> checkTypes(Map<String, String> values, List<ConfigProperty> properties) {
        List<FieldError> errors = new ArrayList<>();
        for (ConfigProperty p : properties) {
            String v = values.get(p.name());
            String field = "config." + p.name();
            if (v == null) {
                if (p.required() && p.defaultValue() == null) {
                    errors.add(new FieldError(field, "is required"));
                }
                continue;
            }
            if (v.length() > 8000) {
                errors.add(new FieldError(field, "is longer than 8000 characters"));
                continue;
            }
            switch (p.type()) {
                case INTEGER -> {
                    if (!v.trim().matches("-?\\d{1,9}")) {
                        errors.add(new FieldError(field, "must be a whole number"));
                    }
                }
                case BOOLEAN -> {
                    if (!v.equals("true") && !v.equals("false")) {
                        errors.add(new FieldError(field, "must be true or false"));
                    }
                }
                case URL -> {
                    if (!v.matches("(?i)https?://[^\\s]+")) {
                        errors.add(new FieldError(field, "must be an http or https URL"));
                    }
                }
                case EMAIL -> {
                    if (!EMAIL.matcher(v).matches()) {
                        errors.add(new FieldError(field, "must be an email address"));
                    }
                }
                case CHOICE -> {
                    if (!p.options().contains(v)) {
                        errors.add(new FieldError(field, "must be one of: " + String.join(", ", p.options())));
                    }
                }
                case STRING -> {
                    if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                        errors.add(new FieldError(field, "must be a single line"));
                    }
                }
                default -> {
                    // TEXT takes anything
                }
            }
        }
        return errors;
    }

    private FactoryInfo factory(String pluginId, String kindKey, String factoryId) {
        PluginStatus status = runtime.status(pluginId)
                .orElseThrow(() -> new UnprocessableException("plugin", "plugin " + pluginId + " is not installed"));
        if (status.state() != PluginState.ACTIVE) {
            throw new UnprocessableException(
                    "plugin",
                    "plugin " + pluginId + " is " + status.state().name().toLowerCase()
                            + (status.reason() == null ? "" : ": " + status.reason()));
        }
        List<FactoryInfo> matching = status.factories().stream()
                .filter(f -> kindKey == null || f.kind().key().equals(kindKey))
                .filter(f -> factoryId == null || f.id().equals(factoryId))
                .toList();
        if (matching.size() != 1) {
            String offered = String.join(
                    ", ",
                    status.factories().stream()
                            .map(f -> f.kind().key() + "/" + f.id())
                            .toList());
            throw new UnprocessableException(
                    "factory",
                    (matching.isEmpty() ? "matches no factory" : "is ambiguous") + " of plugin " + pluginId
                            + "; it offers: " + offered);
        }
        return matching.get(0);
    }

    private String checkedName(String name, Long self) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 80) {
            throw new InvalidInputException("name", "must be 1 to 80 characters");
        }
        List<Long> clash = em.createQuery("SELECT i.id FROM PluginInstance i WHERE i.name = :n", Long.class)
                .setParameter("n", n)
                .getResultList();
        if (clash.stream().anyMatch(id -> !id.equals(self))) {
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
        PluginInstance instance = em.find(PluginInstance.class, id);
        if (instance == null) {
            throw new NotFoundException("Plugin instance", id);
        }
        return instance;
    }

    private String runtimeSha(String pluginId) {
        return runtime.status(pluginId).map(PluginStatus::sha256).orElse(null);
    }

    private Map<String, Long> instanceCounts() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("SELECT i.pluginId, COUNT(i) FROM PluginInstance i GROUP BY i.pluginId", Object[].class)
                .getResultList()
                .forEach(r -> counts.put((String) r[0], (Long) r[1]));
        return counts;
    }

    private static PluginView view(PluginStatus s, long instances) {
        return new PluginView(
                s.id(),
                s.version(),
                s.apiVersion(),
                s.sha256(),
                s.file(),
                s.state().name(),
                s.reason(),
                s.loadedAt(),
                s.factories().stream().map(PluginAdministration::view).toList(),
                instances,
                s.lastErrors().stream()
                        .map(e -> new ErrorView(e.at(), e.instanceId(), e.message()))
                        .toList());
    }

    private static FactoryView view(FactoryInfo f) {
        return new FactoryView(
                f.kind().key(),
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

    InstanceView view(PluginInstance i) {
        String state;
        String reason = null;
        PluginStatus plugin = runtime.status(i.pluginId()).orElse(null);
        CircuitBreaker.State circuit = runtime.breakerState(i.id());
        if (!i.isEnabled()) {
            state = "DISABLED";
        } else if (plugin != null && plugin.state() == PluginState.DISABLED) {
            state = "PLUGIN_DISABLED";
            reason = "plugin " + i.pluginId() + " is switched off; deliveries wait until it is enabled";
        } else if (plugin == null || plugin.state() != PluginState.ACTIVE) {
            state = "FAILED";
            reason = plugin == null
                    ? "plugin " + i.pluginId() + " is not installed"
                    : "plugin " + i.pluginId() + " is " + plugin.state().name().toLowerCase()
                            + (plugin.reason() == null ? "" : ": " + plugin.reason());
        } else if (circuit != CircuitBreaker.State.CLOSED) {
            state = "FAILED";
            reason = "circuit " + circuitName(circuit) + " after repeated failures: " + runtime.lastFailure(i.id());
        } else {
            state = "ACTIVE";
        }
        RetrySchedule r = i.retry();
        return new InstanceView(
                i.id(),
                i.pluginId(),
                i.kind(),
                i.factoryId(),
                i.name(),
                i.isEnabled(),
                state,
                reason,
                i.eventTypes(),
                new RetryView(r.maxAttempts(), r.baseSeconds(), r.maxSeconds()),
                new DeliveryPolicyView(i.delivery().concurrency(), i.delivery().ticketOrder()),
                codec.plain(i),
                codec.secretNames(i),
                i.version(),
                i.createdAt(),
                i.createdBy(),
                i.updatedAt(),
                i.updatedBy(),
                health(i, circuit));
    }

    private HealthView health(PluginInstance i, CircuitBreaker.State circuit) {
        SubscriberBacklog.Backlog b = backlogs.of(SubscriberKeys.notifierInstance(i.id()));
        return new HealthView(
                circuitName(circuit),
                b.pending(),
                b.oldestPendingSince(),
                b.lastErrors().stream()
                        .map(e -> new AttemptView(e.at(), e.outcome(), e.detail()))
                        .toList());
    }

    private static String circuitName(CircuitBreaker.State circuit) {
        return circuit.name().toLowerCase().replace('_', '-');
    }
}
