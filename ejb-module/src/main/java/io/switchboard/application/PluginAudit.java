package io.switchboard.application;

import io.switchboard.domain.plugin.PluginAuditEntry;
import java.util.List;

/** The plugin audit log: who installed, configured, replayed what, and when. */
public interface PluginAudit {

    /** {@code pluginId}, {@code instanceId} and {@code sha256} are null where they do not apply. */
    void audit(String actor, String action, String pluginId, Long instanceId, String detail, String sha256);

    /** Newest first, of one plugin or (null) of all. */
    List<PluginAuditEntry> entries(String pluginId, int first, int max);

    long count(String pluginId);
}
