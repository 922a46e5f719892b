package io.switchboard.infrastructure.plugin;

import java.time.Instant;
import java.util.List;

/** A snapshot of one plugin as the host runs it, for the API and the admin page. */
public record PluginStatus(
        String id,
        String version,
        String apiVersion,
        String sha256,
        String file,
        PluginState state,
        String reason,
        Instant loadedAt,
        List<FactoryInfo> factories,
        List<PluginError> lastErrors) {}
