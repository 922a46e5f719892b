package io.switchboard.domain.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who installed, upgraded, switched or reconfigured what, when, and the digest of the jar involved. Append-only. */
@Entity
@Table(name = "plugin_audit")
public class PluginAuditEntry {

    public static final int DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plugin_audit_seq")
    @SequenceGenerator(name = "plugin_audit_seq", sequenceName = "plugin_audit_seq", allocationSize = 20)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false, length = 120)
    private String actor;

    @Column(nullable = false, updatable = false, length = 30)
    private String action;

    @Column(name = "plugin_id", updatable = false, length = 64)
    private String pluginId;

    @Column(name = "instance_id", updatable = false)
    private Long instanceId;

    @Column(updatable = false, length = DETAIL_MAX)
    private String detail;

    @Column(updatable = false, length = 64)
    private String sha256;

    protected PluginAuditEntry() {}

    public PluginAuditEntry(
            Instant at, String actor, String action, String pluginId, Long instanceId, String detail, String sha256) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.pluginId = pluginId;
        this.instanceId = instanceId;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        this.sha256 = sha256;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String pluginId() {
        return pluginId;
    }

    public Long instanceId() {
        return instanceId;
    }

    public String detail() {
        return detail;
    }

    public String sha256() {
        return sha256;
    }
}
