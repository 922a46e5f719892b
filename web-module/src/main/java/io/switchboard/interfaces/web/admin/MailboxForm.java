package io.switchboard.interfaces.web.admin;

import io.switchboard.application.view.PluginViews.InstanceView;
import io.switchboard.application.view.PluginViews.PropertyView;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mailbox being added or edited, between requests: its name, whether it is on, and its
 * settings as the mail plugin describes them. Secrets are write-only: a stored password is never
 * sent to the page, an empty field keeps it.
 */
public class MailboxForm implements Serializable {

    private static final long serialVersionUID = 1L;

    Long id;
    String factoryKey;
    String name;
    boolean enabled = true;
    final Map<String, String> values = new HashMap<>();
    final Map<String, Boolean> flags = new HashMap<>();
    final Map<String, String> secrets = new HashMap<>();
    final Set<String> secretsSet = new TreeSet<>();
    boolean open;

    void startNew(String factory) {
        clear();
        factoryKey = factory;
        open = true;
    }

    void startEdit(InstanceView i) {
        clear();
        id = i.id();
        factoryKey = i.plugin() + "|" + i.kind() + "|" + i.factory();
        name = i.name();
        enabled = i.enabled();
        values.putAll(i.config());
        i.config().forEach((k, v) -> flags.put(k, Boolean.parseBoolean(v)));
        secretsSet.addAll(i.secretsSet());
        open = true;
    }

    void clear() {
        id = null;
        factoryKey = null;
        name = null;
        enabled = true;
        values.clear();
        flags.clear();
        secrets.clear();
        secretsSet.clear();
        open = false;
    }

    /** The settings to save: typed values set, emptied ones cleared, untouched secrets kept. */
    Map<String, String> config(List<PropertyView> properties) {
        Map<String, String> config = new LinkedHashMap<>();
        for (PropertyView p : properties) {
            if (p.secret()) {
                String typed = secrets.get(p.name());
                if (typed != null && !typed.isEmpty()) {
                    config.put(p.name(), typed);
                }
            } else if ("boolean".equals(p.type())) {
                Boolean on = flags.get(p.name());
                boolean fallback = Boolean.parseBoolean(p.defaultValue());
                config.put(p.name(), Boolean.toString(on == null ? fallback : on));
            } else {
                String v = values.get(p.name());
                config.put(p.name(), v == null || v.isBlank() ? null : v.strip());
            }
        }
        return config;
    }

    /** A boolean setting shows its default until the admin changes it. */
    void defaults(List<PropertyView> properties) {
        for (PropertyView p : properties) {
            if ("boolean".equals(p.type())) {
                flags.putIfAbsent(p.name(), Boolean.parseBoolean(p.defaultValue()));
            }
        }
    }

    public Long getId() {
        return id;
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

    public String getFactoryKey() {
        return factoryKey;
    }

    public void setFactoryKey(String factoryKey) {
        this.factoryKey = factoryKey;
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

    public Set<String> getSecretsSet() {
        return secretsSet;
    }

    public boolean isOpen() {
        return open;
    }
}
