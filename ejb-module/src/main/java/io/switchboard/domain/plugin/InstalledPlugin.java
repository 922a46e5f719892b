package io.switchboard.domain.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An installed plugin: its version, the SHA-256 of its jar (whose bytes are stored beside it, so
 * every server sharing the database runs the same jar), and whether the admin switched it on.
 */
@Entity
@Table(name = "plugin")
public class InstalledPlugin {

    @Id
    @Column(name = "plugin_id", length = 64)
    private String pluginId;

    @Column(length = 40)
    private String version;

    @Column(length = 64)
    private String sha256;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "installed_at", nullable = false)
    private Instant installedAt;

    @Column(name = "installed_by", nullable = false, length = 120)
    private String installedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 120)
    private String updatedBy;

    @Column(name = "file_name", length = 255)
    private String fileName;

    protected InstalledPlugin() {}

    public InstalledPlugin(String pluginId, String version, String sha256, String fileName, String actor, Instant now) {
        this.pluginId = pluginId;
        this.version = version;
        this.sha256 = sha256;
        this.fileName = fileName;
        this.installedAt = now;
        this.installedBy = actor;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public void installed(String newVersion, String newSha256, String newFileName, String actor, Instant now) {
        this.version = newVersion;
        this.sha256 = newSha256;
        this.fileName = newFileName;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public void switchOn(boolean on, String actor, Instant now) {
        this.enabled = on;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public String pluginId() {
        return pluginId;
    }

    public String version() {
        return version;
    }

    public String sha256() {
        return sha256;
    }

    /** The name the jar had where it came in: the dropped file's, or {@code <id>.jar} for an upload. */
    public String fileName() {
        return fileName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant installedAt() {
        return installedAt;
    }

    public String installedBy() {
        return installedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
