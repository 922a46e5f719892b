package io.switchboard.infrastructure.plugin;

import io.switchboard.application.PluginAudit;
import io.switchboard.domain.plugin.InstalledPlugin;
import io.switchboard.domain.plugin.PluginAuditEntry;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plugins in the database, the source of truth for what every server sharing it runs: which
 * plugins are installed, their jars (by SHA-256), whether they are switched on, what each plugins
 * directory held when it was last reconciled, and the audit trail. Each method is a transaction
 * of its own.
 */
@Stateless
@LocalBean // its other callers use the no-interface view
@Local(PluginAudit.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PluginRegistryStore implements PluginAudit {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    Clock clock;

    /** An installed plugin as listed, without its bytes. */
    public record Row(String id, String version, String sha256, String fileName, boolean enabled, String updatedBy) {}

    /** What storing a jar changed: the version it replaced (null for a new plugin), or nothing when it was already installed. */
    public record Stored(boolean changed, String previousVersion) {}

    public List<Row> installed() {
        return em
                .createQuery("SELECT p FROM InstalledPlugin p ORDER BY p.pluginId", InstalledPlugin.class)
                .getResultList()
                .stream()
                .map(p -> new Row(p.pluginId(), p.version(), p.sha256(), p.fileName(), p.isEnabled(), p.updatedBy()))
                .toList();
    }

    /** The jar's bytes, when the database has them (a plugin installed before jars were stored may lack them). */
    public Optional<byte[]> jar(String sha256) {
        return Optional.ofNullable(em.find(PluginJar.class, sha256)).map(PluginJar::content);
    }

    /**
     * Installs or upgrades {@code id} to this jar and audits it; an identical jar changes nothing
     * (but stores its bytes if they were missing). The replaced jar's bytes are deleted.
     */
    public Stored store(String id, String version, String sha256, byte[] content, String fileName, String actor) {
        Instant now = clock.instant();
        if (em.find(PluginJar.class, sha256) == null) {
            em.persist(new PluginJar(sha256, content, now));
        }
        InstalledPlugin row = em.find(InstalledPlugin.class, id);
        if (row == null) {
            em.persist(new InstalledPlugin(id, version, sha256, fileName, actor, now));
            audit(actor, "install", id, null, "installed " + id + " " + version, sha256);
            return new Stored(true, null);
        }
        if (Objects.equals(row.sha256(), sha256)) {
            return new Stored(false, row.version());
        }
        String from = row.version();
        String oldSha = row.sha256();
        row.installed(version, sha256, fileName, actor, now);
        audit(actor, "upgrade", id, null, "replaced " + id + " " + from + " with " + version, sha256);
        em.flush();
        dropJarIfUnused(oldSha);
        return new Stored(true, from);
    }

    /** Removes the plugin and its jar; false when it was not installed. */
    public boolean forget(String id, String actor) {
        InstalledPlugin row = em.find(InstalledPlugin.class, id);
        if (row == null) {
            return false;
        }
        em.remove(row);
        audit(actor, "remove", id, null, "removed " + id + " " + row.version(), row.sha256());
        em.flush();
        dropJarIfUnused(row.sha256());
        return true;
    }

    private void dropJarIfUnused(String sha256) {
        if (sha256 == null) {
            return;
        }
        long users = em.createQuery("SELECT COUNT(p) FROM InstalledPlugin p WHERE p.sha256 = :sha", Long.class)
                .setParameter("sha", sha256)
                .getSingleResult();
        if (users == 0) {
            em.createQuery("DELETE FROM PluginJar j WHERE j.sha256 = :sha")
                    .setParameter("sha", sha256)
                    .executeUpdate();
        }
    }

    public boolean isEnabled(String id) {
        InstalledPlugin row = em.find(InstalledPlugin.class, id);
        return row == null || row.isEnabled();
    }

    /** Switches the plugin on or off; false when it is not installed. */
    public boolean switchOn(String id, boolean on, String actor) {
        InstalledPlugin row = em.find(InstalledPlugin.class, id);
        if (row == null) {
            return false;
        }
        if (row.isEnabled() != on) {
            row.switchOn(on, actor, clock.instant());
            audit(
                    actor,
                    on ? "enable" : "disable",
                    id,
                    null,
                    (on ? "enabled " : "disabled ") + id + " " + row.version(),
                    row.sha256());
        }
        return true;
    }

    /** What the directory held when it was last reconciled. */
    public List<DirectoryFile> directoryFiles(String directoryId) {
        return em.createQuery("SELECT f FROM DirectoryFile f WHERE f.directoryId = :d", DirectoryFile.class)
                .setParameter("d", directoryId)
                .getResultList();
    }

    /** Replaces the directory's record with what it holds now. */
    public void rememberDirectory(String directoryId, Collection<DirectoryEntry> files) {
        em.createQuery("DELETE FROM DirectoryFile f WHERE f.directoryId = :d")
                .setParameter("d", directoryId)
                .executeUpdate();
        files.forEach(f -> em.persist(new DirectoryFile(directoryId, f.fileName(), f.sha256(), f.pluginId())));
    }

    /** A file of a plugins directory: its name, digest, and the plugin it is (null when refused). */
    public record DirectoryEntry(String fileName, String sha256, String pluginId) {}

    /** Audits an upload that was refused, with the reason the admin was given, as an install is audited. */
    public void refused(String actor, String pluginId, String reason, String sha256) {
        audit(actor, "install-refused", pluginId, null, "refused an upload: " + reason, sha256);
    }

    @Override
    public List<PluginAuditEntry> entries(String pluginId, int first, int max) {
        var q = em.createQuery(
                "SELECT a FROM PluginAuditEntry a" + where(pluginId) + " ORDER BY a.at DESC, a.id DESC",
                PluginAuditEntry.class);
        if (pluginId != null) {
            q.setParameter("p", pluginId);
        }
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(String pluginId) {
        var q = em.createQuery("SELECT COUNT(a) FROM PluginAuditEntry a" + where(pluginId), Long.class);
        if (pluginId != null) {
            q.setParameter("p", pluginId);
        }
        return q.getSingleResult();
    }

    private static String where(String pluginId) {
        return pluginId == null ? "" : " WHERE a.pluginId = :p";
    }

    @Override
    public void audit(String actor, String action, String pluginId, Long instanceId, String detail, String sha256) {
        em.persist(new PluginAuditEntry(clock.instant(), actor, action, pluginId, instanceId, detail, sha256));
    }
}
