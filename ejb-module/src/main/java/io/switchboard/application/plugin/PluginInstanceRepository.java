package io.switchboard.application.plugin;

import io.switchboard.domain.plugin.PluginInstance;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stored plugin instances. */
public interface PluginInstanceRepository {

    /** By name; all instances when {@code pluginId} is null. */
    List<PluginInstance> of(String pluginId);

    Optional<PluginInstance> find(long id);

    /** The ids of the instances with exactly this name (names are unique, so at most one). */
    List<Long> named(String name);

    /** Stores a new instance and gives it its id. */
    void add(PluginInstance instance);

    /** Writes pending changes now, so that the answer carries the new version. */
    void flush();

    void remove(PluginInstance instance);

    /** How many instances each plugin has. */
    Map<String, Long> countsByPlugin();
}
