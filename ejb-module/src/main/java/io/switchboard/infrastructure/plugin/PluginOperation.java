package io.switchboard.infrastructure.plugin;

/** Something done with a plugin object or factory on a plugin thread. */
@FunctionalInterface
public interface PluginOperation<S, T> {

    T apply(S subject) throws Exception;
}
