package io.switchboard.infrastructure.plugin;

/** Where a plugin stands: running, switched off by an admin, or unable to run (with a reason). */
public enum PluginState {
    ACTIVE,
    DISABLED,
    FAILED
}
