package io.switchboard.plugin.notify;

/**
 * Delivers notifications for one configured instance. The host calls {@link #deliver} from a
 * worker thread with a timeout; calls for different events may overlap, so an implementation
 * must be thread-safe. Throwing is the same as {@link DeliveryResult#retry}.
 */
public interface Notifier extends AutoCloseable {

    DeliveryResult deliver(Notification notification) throws Exception;

    /** Releases connections and threads. Called once, after the last delivery has returned. */
    @Override
    default void close() {}
}
