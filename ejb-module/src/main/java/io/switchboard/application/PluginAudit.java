package io.switchboard.application;

/** The plugin audit log: who installed, configured, replayed what, and when. */
public interface PluginAudit {

    /** {@code pluginId}, {@code instanceId} and {@code sha256} are null where they do not apply. */
    void audit(String actor, String action, String pluginId, Long instanceId, String detail, String sha256);
}
