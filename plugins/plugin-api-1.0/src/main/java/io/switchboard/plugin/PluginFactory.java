package io.switchboard.plugin;

import java.util.List;

/**
 * The entry point of an extension, found by {@link java.util.ServiceLoader} through its kind's
 * interface (for example {@code NotifierFactory}). One factory object lives as long as its plugin
 * version is installed; it creates one plugin object per configured instance.
 *
 * <p>Lifecycle: the host loads the factory, asks for {@link #configProperties()} to render the
 * admin form, {@link #validate}s what the admin typed, then calls {@link #create} once per
 * enabled instance. On disable, upgrade or removal the host first closes every object it
 * created, once the calls in flight have finished, then calls {@link #close()} on the factory.
 * Every call comes from a host worker thread with a timeout; none runs inside a ticket
 * transaction.
 *
 * @param <T> the plugin object this factory creates
 */
public interface PluginFactory<T extends AutoCloseable> {

    /** Stable, lowercase id such as {@code webhook}; unique within its plugin jar and kind. */
    String id();

    /** The name an admin reads in the portal. */
    default String displayName() {
        return id();
    }

    /** One or two sentences for the admin page. */
    default String description() {
        return "";
    }

    /** What an instance of this factory needs; the portal renders its form from this list. */
    List<ConfigProperty> configProperties();

    /**
     * Checks a configuration before it is saved. Return every problem at once; an empty list
     * means the configuration is acceptable. The host has already checked required fields and
     * types against {@link #configProperties()}.
     */
    default List<ConfigProblem> validate(PluginConfig config) {
        return List.of();
    }

    /** A ready plugin object for one configured instance. It must not do slow I/O here. */
    T create(PluginContext context, PluginConfig config) throws Exception;

    /**
     * Tries the configuration against the outside world (log in, reach the URL) without changing
     * anything there. The default says the factory cannot test.
     */
    default ConnectionCheck testConnection(PluginContext context, PluginConfig config) throws Exception {
        return ConnectionCheck.unsupported();
    }

    /** Releases what the factory itself holds. Called after every created object is closed. */
    default void close() {}
}
