package io.switchboard.infrastructure.plugin;

import java.time.Instant;

/** One failure of a plugin, kept in a short ring for the admin page; {@code instanceId} null for the plugin itself. */
public record PluginError(Instant at, Long instanceId, String message) {}
