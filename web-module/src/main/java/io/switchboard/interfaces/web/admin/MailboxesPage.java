package io.switchboard.interfaces.web.admin;

import io.switchboard.application.command.InstanceSpec;
import io.switchboard.application.mail.MailboxAdministration;
import io.switchboard.application.mail.MailboxView;
import io.switchboard.application.plugin.InstanceAdministration;
import io.switchboard.application.plugin.PluginAdministration;
import io.switchboard.application.view.PluginViews.ConnectionView;
import io.switchboard.application.view.PluginViews.FactoryView;
import io.switchboard.application.view.PluginViews.PropertyView;
import io.switchboard.domain.shared.DomainException;
import io.switchboard.domain.shared.Patch;
import io.switchboard.interfaces.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Admin: the mailboxes email intake reads. Each is a mail plugin instance, added and edited here
 * with the plugin's own settings form, tested (log in, list the folders), switched on and off;
 * the list shows how each one's reads went. The same instances are on the Plugins page and at
 * /api/v1/plugins/instances.
 */
@Named
@ViewScoped
public class MailboxesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailboxAdministration mailboxes;

    @Inject
    PluginAdministration plugins;

    @Inject
    InstanceAdministration instances;

    @Inject
    SecurityContext security;

    private final MailboxForm form = new MailboxForm();
    /** The last connection test of each mailbox on this page: OK or not, and what the server said. */
    private final Map<Long, ConnectionView> tests = new HashMap<>();

    private transient List<MailboxView> list;
    private transient Map<String, FactoryView> factories;

    public List<MailboxView> getMailboxes() {
        if (list == null) {
            list = mailboxes.mailboxes();
        }
        return list;
    }

    /** "plugin|kind|factory" of every mail source an active plugin offers, under a readable label. */
    public Map<String, String> getFactoryChoices() {
        Map<String, String> out = new LinkedHashMap<>();
        factories().forEach((key, f) -> out.put(f.name() + " (" + key.split("\\|")[0] + ")", key));
        return out;
    }

    public MailboxForm getForm() {
        return form;
    }

    public List<PropertyView> getFormProperties() {
        FactoryView f = form.factoryKey == null ? null : factories().get(form.factoryKey);
        return f == null ? List.of() : f.properties();
    }

    public ConnectionView test(long id) {
        return tests.get(id);
    }

    public void newMailbox() {
        if (factories().isEmpty()) {
            Feedback.error("No mail plugin is active: install or enable mail-imap on the Plugins page.");
            return;
        }
        form.startNew(factories().keySet().iterator().next());
        form.defaults(getFormProperties());
    }

    public void edit(long id) {
        try {
            form.startEdit(instances.instance(id));
            form.defaults(getFormProperties());
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
    }

    public void cancel() {
        form.clear();
    }

    public void save() {
        if (getFormProperties().isEmpty()) {
            Feedback.error("Choose what reads the mailbox.");
            return;
        }
        String[] key = form.factoryKey.split("\\|");
        InstanceSpec spec = new InstanceSpec(
                Patch.set(form.name),
                Patch.set(form.enabled),
                Patch.unchanged(),
                Patch.unchanged(),
                form.config(getFormProperties()));
        try {
            var saved = form.id == null
                    ? instances.createInstance(key[0], key[1], key[2], spec, actor())
                    : instances.updateInstance(form.id, null, spec, actor());
            Feedback.info(
                    "Mailbox " + saved.name() + " saved" + (saved.enabled() ? "; it is read within seconds." : "."));
            form.clear();
            list = null;
        } catch (DomainException e) {
            Feedback.error(e, Map.of("name", "mailboxForm:name"));
        }
    }

    public void testConnection(long id) {
        ConnectionView check = instances.testInstance(id);
        tests.put(id, check);
        if ("OK".equals(check.outcome())) {
            Feedback.info("Connection test: " + check.message());
        } else {
            Feedback.error("Connection test " + check.outcome().toLowerCase() + ": " + check.message());
        }
    }

    public void toggle(MailboxView m) {
        try {
            instances.updateInstance(
                    m.id(),
                    null,
                    new InstanceSpec(
                            Patch.unchanged(), Patch.set(!m.enabled()), Patch.unchanged(), Patch.unchanged(), Map.of()),
                    actor());
            Feedback.info(
                    "Mailbox " + m.name() + (m.enabled() ? " switched off: it is no longer read." : " switched on."));
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
        list = null;
    }

    public void delete(MailboxView m) {
        try {
            instances.deleteInstance(m.id(), actor());
            Feedback.info("Mailbox " + m.name() + " deleted; what it took in stays.");
        } catch (DomainException e) {
            Feedback.error(e, Map.of());
        }
        tests.remove(m.id());
        list = null;
    }

    /** The severity of a mailbox's state tag. */
    public String severity(MailboxView m) {
        if (!m.enabled()) {
            return "secondary";
        }
        if (!"ACTIVE".equals(m.state())) {
            return "danger";
        }
        return m.failing() ? "warning" : "success";
    }

    public String stateLabel(MailboxView m) {
        if (m.enabled() && "ACTIVE".equals(m.state())) {
            return m.failing() ? "FAILING" : m.lastPollAt() == null ? "WAITING" : "READING";
        }
        return m.state().replace('_', ' ');
    }

    private Map<String, FactoryView> factories() {
        if (factories == null) {
            factories = new LinkedHashMap<>();
            plugins.plugins().stream()
                    .filter(p -> "ACTIVE".equals(p.state()))
                    .forEach(p -> p.factories().stream()
                            .filter(f -> MailboxAdministration.KIND.equals(f.kind()))
                            .forEach(f -> factories.put(p.id() + "|" + f.kind() + "|" + f.id(), f)));
        }
        return factories;
    }

    private String actor() {
        return security.getCallerPrincipal().getName();
    }
}
