package io.switchboard.interfaces.web.admin;

import io.switchboard.application.DeliveryAdministration;
import io.switchboard.application.command.InstanceSpec;
import io.switchboard.application.notify.EventTypes;
import io.switchboard.application.plugin.InstanceAdministration;
import io.switchboard.application.plugin.PluginAdministration;
import io.switchboard.application.view.DeliveryViews.DeliveryView;
import io.switchboard.application.view.PluginViews.FactoryView;
import io.switchboard.application.view.PluginViews.InstallView;
import io.switchboard.application.view.PluginViews.InstanceView;
import io.switchboard.application.view.PluginViews.PluginView;
import io.switchboard.application.view.PluginViews.PropertyView;
import io.switchboard.domain.plugin.RetrySchedule;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.FieldError;
import io.switchboard.domain.shared.Patch;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The admin page for plugins: what is installed and in what state, installing and upgrading from
 * an upload, switching on and off, removing; configured instances with a form rendered from the
 * factory's settings (secrets write-only); dead letters to replay. Everything goes through the
 * same application services as /api/v1/plugins, so the page and the API cannot disagree.
 */
@Named("pluginAdmin")
@ViewScoped
public class PluginAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PluginAdministration plugins;

    @Inject
    InstanceAdministration instances;

    @Inject
    DeliveryAdministration deliveries;

    @Inject
    SecurityContext security;

    private transient List<PluginView> pluginList;
    private transient List<InstanceView> instanceList;
    private transient List<DeliveryView> deadList;
    private transient Part jar;

    private final InstanceForm form = new InstanceForm();

    /** What the instance editor holds between requests. */
    public static final class InstanceForm implements Serializable {
        private static final long serialVersionUID = 1L;

        Long id;
        String factoryKey;
        String name;
        boolean enabled = true;
        List<String> events = new ArrayList<>();
        int maxAttempts = RetrySchedule.DEFAULT.maxAttempts();
        int baseSeconds = RetrySchedule.DEFAULT.baseSeconds();
        int maxSeconds = RetrySchedule.DEFAULT.maxSeconds();
        final Map<String, String> values = new HashMap<>();
        final Map<String, Boolean> flags = new HashMap<>();
        final Map<String, String> secrets = new HashMap<>();
        final Map<String, Boolean> clearSecrets = new HashMap<>();
        final Set<String> secretsSet = new TreeSet<>();
        boolean open;

        public Long getId() {
            return id;
        }

        public String getFactoryKey() {
            return factoryKey;
        }

        public void setFactoryKey(String factoryKey) {
            this.factoryKey = factoryKey;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public List<String> getEvents() {
            return events;
        }

        public void setEvents(List<String> events) {
            this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
        }

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public int getBaseSeconds() {
            return baseSeconds;
        }

        public void setBaseSeconds(int baseSeconds) {
            this.baseSeconds = baseSeconds;
        }

        public int getMaxSeconds() {
            return maxSeconds;
        }

        public void setMaxSeconds(int maxSeconds) {
            this.maxSeconds = maxSeconds;
        }

        public Map<String, String> getValues() {
            return values;
        }

        public Map<String, Boolean> getFlags() {
            return flags;
        }

        public Map<String, String> getSecrets() {
            return secrets;
        }

        public Map<String, Boolean> getClearSecrets() {
            return clearSecrets;
        }

        public Set<String> getSecretsSet() {
            return secretsSet;
        }

        public boolean isOpen() {
            return open;
        }
    }

    @PostConstruct
    void load() {
        pluginList = null;
        instanceList = null;
        deadList = null;
    }

    // ---- reads ----

    public List<PluginView> getPlugins() {
        if (pluginList == null) {
            pluginList = plugins.plugins();
        }
        return pluginList;
    }

    public List<InstanceView> getInstances() {
        if (instanceList == null) {
            instanceList = instances.instances(null);
        }
        return instanceList;
    }

    public List<DeliveryView> getDeadLetters() {
        if (deadList == null) {
            deadList = deliveries.list("dead", null, null, 1, 50).items();
        }
        return deadList;
    }

    public List<String> getEventTypes() {
        return EventTypes.ALL;
    }

    public InstanceForm getForm() {
        return form;
    }

    /** "plugin|kind|factory" keys of every factory of an active plugin, with a label. */
    public Map<String, String> getFactoryChoices() {
        Map<String, String> out = new LinkedHashMap<>();
        for (PluginView p : getPlugins()) {
            if ("ACTIVE".equals(p.state())) {
                for (FactoryView f : p.factories()) {
                    out.put(p.id() + " · " + f.name() + " (" + f.kind() + ")", p.id() + "|" + f.kind() + "|" + f.id());
                }
            }
        }
        return out;
    }

    /** The settings of the factory being configured, for the form. */
    public List<PropertyView> getFormProperties() {
        FactoryView f = selectedFactory();
        return f == null ? List.of() : f.properties();
    }

    public String severity(String state) {
        return switch (state == null ? "" : state) {
            case "ACTIVE" -> "success";
            case "DISABLED" -> "secondary";
            case "PLUGIN_DISABLED" -> "warning";
            default -> "danger";
        };
    }

    /** An instance's state as the page says it: a switched-off plugin is not a failure of the instance. */
    public String stateLabel(String state) {
        return switch (state == null ? "" : state) {
            case "PLUGIN_DISABLED" -> "PLUGIN DISABLED";
            default -> state;
        };
    }

    /** How long ago {@code since} was, in the largest whole unit ("42 s", "7 min", "3 h", "2 d"). */
    public String age(java.time.Instant since) {
        if (since == null) {
            return "";
        }
        long seconds = Math.max(
                0, java.time.Duration.between(since, java.time.Instant.now()).getSeconds());
        if (seconds < 120) {
            return seconds + " s ago";
        }
        if (seconds < 7200) {
            return seconds / 60 + " min ago";
        }
        return seconds < 172_800 ? seconds / 3600 + " h ago" : seconds / 86_400 + " d ago";
    }

    // ---- plugin actions ----

    public Part getJar() {
        return jar;
    }

    public void setJar(Part jar) {
        this.jar = jar;
    }

    public void install() {
        if (jar == null || jar.getSize() == 0) {
            error(null, "Choose a plugin jar first.");
            return;
        }
        try (InputStream in = jar.getInputStream()) {
            InstallView done = plugins.install(in, actor());
            info((done.upgraded()
                            ? "Upgraded " + done.id() + " from " + done.previousVersion() + " to "
                            : "Installed " + done.id() + " ")
                    + done.version() + " (" + done.state() + ", SHA-256 " + done.sha256() + ")");
        } catch (DomainException e) {
            problem(e);
        } catch (IOException e) {
            error(null, "The upload could not be read: " + e.getMessage());
        }
        load();
    }

    public void enable(String id) {
        run(() -> plugins.enable(id, actor()), "Enabled " + id + ".");
    }

    public void disable(String id) {
        run(() -> plugins.disable(id, actor()), "Disabled " + id + ".");
    }

    public void remove(String id) {
        run(() -> plugins.remove(id, actor()), "Removed " + id + ".");
    }

    // ---- instance actions ----

    public void newInstance() {
        reset();
        form.open = true;
        if (form.factoryKey == null && !getFactoryChoices().isEmpty()) {
            form.factoryKey = getFactoryChoices().values().iterator().next();
        }
    }

    public void edit(long id) {
        reset();
        InstanceView i = instances.instance(id);
        form.id = i.id();
        form.factoryKey = i.plugin() + "|" + i.kind() + "|" + i.factory();
        form.name = i.name();
        form.enabled = i.enabled();
        form.events = new ArrayList<>(i.events());
        form.maxAttempts = i.retry().maxAttempts();
        form.baseSeconds = i.retry().baseSeconds();
        form.maxSeconds = i.retry().maxSeconds();
        form.values.putAll(i.config());
        i.config().forEach((k, v) -> form.flags.put(k, Boolean.parseBoolean(v)));
        form.secretsSet.addAll(i.secretsSet());
        form.open = true;
    }

    public void cancel() {
        reset();
    }

    public void save() {
        FactoryView factory = selectedFactory();
        if (factory == null) {
            error(null, "Choose what to configure.");
            return;
        }
        Map<String, String> config = new LinkedHashMap<>();
        for (PropertyView p : factory.properties()) {
            if (p.secret()) {
                String typed = form.secrets.get(p.name());
                if (Boolean.TRUE.equals(form.clearSecrets.get(p.name()))) {
                    config.put(p.name(), null);
                } else if (typed != null && !typed.isEmpty()) {
                    config.put(p.name(), typed);
                } // else: keep what is stored, never shown
            } else if ("boolean".equals(p.type())) {
                config.put(p.name(), Boolean.toString(Boolean.TRUE.equals(form.flags.get(p.name()))));
            } else {
                String v = form.values.get(p.name());
                config.put(p.name(), v == null || v.isBlank() ? null : v);
            }
        }
        String[] key = form.factoryKey.split("\\|");
        try {
            RetrySchedule retry = new RetrySchedule(form.maxAttempts, form.baseSeconds, form.maxSeconds);
            InstanceSpec spec = new InstanceSpec(
                    Patch.set(form.name),
                    Patch.set(form.enabled),
                    Patch.set(new TreeSet<>(form.events)),
                    Patch.set(retry),
                    config);
            InstanceView saved = form.id == null
                    ? instances.createInstance(key[0], key[1], key[2], spec, actor())
                    : instances.updateInstance(form.id, null, spec, actor());
            info("Saved " + saved.name() + " (" + saved.state() + ").");
            reset();
        } catch (DomainException e) {
            problem(e);
        }
        load();
    }

    public void deleteInstance(long id) {
        run(() -> instances.deleteInstance(id, actor()), "Deleted the instance.");
    }

    public void test(long id) {
        var check = instances.testInstance(id);
        if ("OK".equals(check.outcome())) {
            info("Connection test: " + check.message());
        } else {
            error(null, "Connection test " + check.outcome().toLowerCase() + ": " + check.message());
        }
    }

    public void replay(long deliveryId) {
        run(() -> deliveries.replay(deliveryId, actor()), "Delivery " + deliveryId + " will be tried again.");
    }

    public void replayAll() {
        int n = deliveries.replayDead(null, actor());
        info(n + " dead deliveries will be tried again.");
        load();
    }

    // ---- helpers ----

    private FactoryView selectedFactory() {
        if (form.factoryKey == null) {
            return null;
        }
        String[] key = form.factoryKey.split("\\|");
        return getPlugins().stream()
                .filter(p -> p.id().equals(key[0]))
                .flatMap(p -> p.factories().stream())
                .filter(f -> f.kind().equals(key[1]) && f.id().equals(key[2]))
                .findFirst()
                .orElse(null);
    }

    private void reset() {
        form.id = null;
        form.name = null;
        form.enabled = true;
        form.events = new ArrayList<>();
        form.maxAttempts = RetrySchedule.DEFAULT.maxAttempts();
        form.baseSeconds = RetrySchedule.DEFAULT.baseSeconds();
        form.maxSeconds = RetrySchedule.DEFAULT.maxSeconds();
        form.values.clear();
        form.flags.clear();
        form.secrets.clear();
        form.clearSecrets.clear();
        form.secretsSet.clear();
        form.open = false;
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            info(done);
        } catch (DomainException e) {
            problem(e);
        }
        load();
    }

    private String actor() {
        return security.getCallerPrincipal().getName();
    }

    private static void problem(DomainException e) {
        if (e.errors() == null || e.errors().isEmpty()) {
            error(null, e.getMessage());
            return;
        }
        for (FieldError f : e.errors()) {
            error(null, f.field() + ": " + f.message());
        }
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private static void error(String clientId, String message) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }
}
