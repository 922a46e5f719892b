package io.switchboard.infrastructure.plugin;

import io.switchboard.domain.plugin.InstalledPlugin;
import io.switchboard.domain.plugin.PluginAuditEntry;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** The runtime's memory in the database: which plugins are installed and enabled, and the audit trail. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PluginRegistryStore {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    Clock clock;

    /** Records a jar that is (still) installed; audits a new install or a new version. Returns whether it is enabled. */
    public boolean admit(String id, String version, String sha256, String actor) {
        Instant now = clock.instant();
        InstalledPlugin row = em.find(InstalledPlugin.class, id);
        if (row == null) {
            em.persist(new InstalledPlugin(id, version, sha256, actor, now));
            audit(actor, "install", id, null, "installed " + id + " " + version, sha256);
            return true;
        }
        if (!Objects.equals(row.sha256(), sha256)) {
            String from = row.version();
            row.installed(version, sha256, actor, now);
            audit(actor, "upgrade", id, null, "replaced " + id + " " + from + " with " + version, sha256);
        }
        return row.isEnabled();
    }

    public void forget(String id, String actor) {
        InstalledPlugin row = em.find(InstalledPlugin.class, id);
        if (row != null) {
            em.remove(row);
            audit(actor, "remove", id, null, "removed " + id + " " + row.version(), row.sha256());
        }
    }

    public boolean isEnabled(String id) {
        InstalledPlugin row = em.find(InstalledPlugin.class, id);
        return row == null || row.isEnabled();
    }

    public void switchOn(String id, boolean on, String actor) {
        InstalledPlugin row = em.find(InstalledPlugin.class, id);
        if (row != null && row.isEnabled() != on) {
            row.switchOn(on, actor, clock.instant());
            audit(actor, on ? "enable" : "disable", id, null, (on ? "enabled " : "disabled ") + id + " " + row.version(), row.sha256());
        }
    }

    public void audit(String actor, String action, String pluginId, Long instanceId, String detail, String sha256) {
        em.persist(new PluginAuditEntry(clock.instant(), actor, action, pluginId, instanceId, detail, sha256));
    }
}
