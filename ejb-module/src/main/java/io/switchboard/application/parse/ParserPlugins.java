package io.switchboard.application.parse;

import java.util.Optional;

/**
 * The parser plugins an admin switched on, as quick create sees them. The plugin host answers it,
 * each call contained (its own bulkhead, circuit and timeout); this side never sees a plugin.
 */
public interface ParserPlugins {

    /**
     * What the active parser instance read from {@code text}; empty when no parser instance is
     * active (none configured, all switched off, or their plugin is not running).
     *
     * @throws ParserFailed when the active parser threw, timed out or is held off by its circuit
     */
    Optional<PluginReading> read(String text) throws ParserFailed;
}
